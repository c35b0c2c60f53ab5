package org.hvsched.harness.compare;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished comparison: what {@code results.json}, the table and the report show.
 *
 * @param tool the tool and version ({@code hvsched 0.3.0})
 * @param scenario the scenario's name
 * @param seeds the seeds every configuration ran, in order
 * @param configs per configuration, matrix order
 * @param verdicts the verdict lines
 * @param timelines the per-core timeline window of each configuration's first seed, by name
 *     (empty when none was recorded)
 */
public record Comparison(String tool, String scenario, List<Long> seeds,
    List<ConfigResult> configs, Verdicts verdicts, Map<String, Timeline> timelines) {

  public Comparison {
    requireNonNull(tool, "tool");
    requireNonNull(scenario, "scenario");
    seeds = List.copyOf(seeds);
    configs = List.copyOf(configs);
    requireNonNull(verdicts, "verdicts");
    timelines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(timelines));
  }

  /** Summarises the runs of {@code outcome}. */
  public static Comparison of(String tool, String scenario, List<Long> seeds,
      List<Configuration> configs, ParallelRuns.Outcome outcome) {
    List<ConfigResult> results = Summaries.of(configs, outcome.runs());
    return new Comparison(tool, scenario, seeds, results, Verdicts.of(results),
        outcome.timelines());
  }

  /**
   * Every run that claimed isolation and showed guest/guest exposure outside switch windows on a
   * claimed core (the command exits 1 after writing its results), one line each.
   */
  public List<String> violations() {
    return configs.stream().flatMap(c -> c.isolation().violations().stream()).toList();
  }

  /** The domain names, scenario order. */
  public List<String> domains() {
    return configs.get(0).summary().stream().map(DomainSummary::domain).toList();
  }
}
