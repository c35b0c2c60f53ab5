package org.hvsched.harness.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Turns the runs of a comparison into per-configuration summaries: mean and 95% interval of each
 * domain's primary metric over seeds, its ratio to the family's baseline, and the isolation
 * figures. Pure and order-preserving: the same runs give the same numbers bit for bit.
 */
public final class Summaries {
  private Summaries() {}

  /**
   * Summarises {@code runs} (sorted by configuration, then seed) for {@code configs} (matrix
   * order; every baseline present).
   */
  public static List<ConfigResult> of(List<Configuration> configs, List<RunRecord> runs) {
    Map<String, List<RunRecord>> byConfig = new LinkedHashMap<>();
    configs.forEach(c -> byConfig.put(c.name(), new ArrayList<>()));
    for (RunRecord r : runs) {
      List<RunRecord> list = byConfig.get(r.config().name());
      if (list == null) {
        throw new IllegalArgumentException("run of unknown configuration " + r.config().name());
      }
      list.add(r);
    }
    Map<String, List<MeanCi>> means = new LinkedHashMap<>();
    for (Configuration c : configs) {
      means.put(c.name(), stats(byConfig.get(c.name()), c));
    }
    List<ConfigResult> out = new ArrayList<>();
    for (Configuration c : configs) {
      List<RunRecord> own = byConfig.get(c.name());
      List<MeanCi> base = means.get(c.baseline());
      if (base == null) {
        throw new IllegalArgumentException("baseline " + c.baseline() + " of " + c.name()
            + " did not run");
      }
      out.add(new ConfigResult(c, own, summary(own, means.get(c.name()), base, c),
          IsolationSummary.of(own)));
    }
    return List.copyOf(out);
  }

  private static List<MeanCi> stats(List<RunRecord> runs, Configuration c) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("configuration " + c.name() + " has no runs");
    }
    int domains = runs.get(0).domains().size();
    List<MeanCi> out = new ArrayList<>();
    for (int d = 0; d < domains; d++) {
      double[] values = new double[runs.size()];
      for (int i = 0; i < runs.size(); i++) {
        values[i] = runs.get(i).domains().get(d).value();
      }
      out.add(MeanCi.of(values));
    }
    return out;
  }

  private static List<DomainSummary> summary(List<RunRecord> runs, List<MeanCi> own,
      List<MeanCi> base, Configuration c) {
    List<DomainSummary> out = new ArrayList<>();
    for (int d = 0; d < own.size(); d++) {
      RunRecord.DomainFigures f = runs.get(0).domains().get(d);
      OptionalDouble ratio;
      if (c.isBaseline()) {
        ratio = OptionalDouble.of(1.0);
      } else if (d >= base.size() || base.get(d).mean() == 0) {
        ratio = OptionalDouble.empty();
      } else {
        ratio = OptionalDouble.of(own.get(d).mean() / base.get(d).mean());
      }
      out.add(new DomainSummary(f.name(), f.metric(), f.unit(), f.higherIsBetter(), own.get(d),
          ratio));
    }
    return out;
  }
}
