package org.hvsched.harness.compare;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One configuration of a finished comparison: its runs (seed order), the per-domain summary and
 * the isolation summary.
 *
 * @param config the configuration
 * @param runs its runs, by seed
 * @param summary per domain, scenario order
 * @param isolation what the auditor measured
 */
public record ConfigResult(Configuration config, List<RunRecord> runs,
    List<DomainSummary> summary, IsolationSummary isolation) {

  public ConfigResult {
    requireNonNull(config, "config");
    runs = List.copyOf(runs);
    summary = List.copyOf(summary);
    requireNonNull(isolation, "isolation");
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("configuration " + config.name() + " has no runs");
    }
  }

  /** The summary of {@code domain}, if the scenario has it. */
  public Optional<DomainSummary> summaryOf(String domain) {
    return summary.stream().filter(s -> s.domain().equals(domain)).findFirst();
  }
}
