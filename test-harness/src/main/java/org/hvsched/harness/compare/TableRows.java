package org.hvsched.harness.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The rows both the printed table and the report page show: per domain, one row per
 * configuration with the primary metric (mean, 95% CI, ratio to baseline), the configuration's
 * exposure (all domains, mean per run) and the domain's own forced and reserved idle (mean per
 * run).
 */
public final class TableRows {
  private TableRows() {}

  /**
   * One domain's block.
   *
   * @param domain domain name
   * @param metric primary metric name
   * @param unit its unit
   * @param higherIsBetter whether more is better
   * @param rows one per configuration, matrix order
   */
  public record Block(String domain, String metric, String unit, boolean higherIsBetter,
      List<Row> rows) {}

  /**
   * One configuration under one domain.
   *
   * @param config configuration name
   * @param baseline true for a family's baseline
   * @param stats mean and CI
   * @param ratio ratio to the baseline (empty: baseline mean 0)
   * @param claim the isolation claim
   * @param guestGuestNs mean guest/guest exposure per run, all domains
   * @param guestHostNs mean guest/host exposure per run, all domains
   * @param forcedIdleNs mean forced idle per run caused by this domain
   * @param reservedIdleNs mean reserved idle per run held by this domain
   * @param violated a run of this configuration broke its isolation claim
   */
  public record Row(String config, boolean baseline, MeanCi stats, OptionalDouble ratio,
      String claim, double guestGuestNs, double guestHostNs, double forcedIdleNs,
      double reservedIdleNs, boolean violated) {}

  /** The blocks of {@code c}, scenario order. */
  public static List<Block> of(Comparison c) {
    List<Block> blocks = new ArrayList<>();
    List<String> domains = c.domains();
    for (int d = 0; d < domains.size(); d++) {
      DomainSummary head = c.configs().get(0).summary().get(d);
      List<Row> rows = new ArrayList<>();
      for (ConfigResult r : c.configs()) {
        DomainSummary s = r.summary().get(d);
        IsolationSummary iso = r.isolation();
        rows.add(new Row(r.config().name(), r.config().isBaseline(), s.stats(),
            s.ratioToBaseline(), iso.claim(), iso.guestGuestNs().mean(),
            iso.guestHostNs().mean(), mean(r.runs(), d, true), mean(r.runs(), d, false),
            !iso.violations().isEmpty()));
      }
      blocks.add(new Block(head.domain(), head.metric(), head.unit(), head.higherIsBetter(),
          rows));
    }
    return blocks;
  }

  private static double mean(List<RunRecord> runs, int domain, boolean forced) {
    double sum = 0;
    for (RunRecord r : runs) {
      RunRecord.DomainFigures f = r.domains().get(domain);
      sum += forced ? f.forcedIdleNs() : f.reservedIdleNs();
    }
    return sum / runs.size();
  }
}
