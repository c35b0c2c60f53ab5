package org.hvsched.harness.run;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hvsched.core.stats.HostStats;
import org.hvsched.core.stats.IsolationReport;
import org.hvsched.core.stats.IsolationViolation;
import org.hvsched.core.stats.RunOutcome;

/**
 * Everything one run produced, as the results of spec.md section 4 print it
 * ({@code org.hvsched.harness.output}), plus the engine's raw outcome.
 *
 * @param scenario scenario name
 * @param config the compare configuration, empty for {@code hvsched run}
 * @param policy id of the scenario's policy (of the first pool when every pool has its own)
 * @param settings its resolved settings, in declaration order
 * @param smt {@code on}, {@code off} or {@code none} (the run's view)
 * @param seed the seed
 * @param durationNs the measured window (duration minus warm-up)
 * @param warmupNs the warm-up
 * @param domains per domain, in scenario order
 * @param host host totals
 * @param isolation what the auditor saw
 * @param invariantViolations invariant violations (a violation aborts a run, so 0 when written)
 * @param pools the pools, listed in results when the scenario declares {@code pools:}
 * @param poolsDeclared whether the scenario declares {@code pools:}
 * @param outcome the engine's raw outcome (per-task stats, event count)
 */
public record RunResult(String scenario, Optional<String> config, String policy,
    Map<String, Object> settings, String smt, long seed, long durationNs, long warmupNs,
    List<DomainResult> domains, HostStats host, IsolationReport isolation,
    long invariantViolations, List<PoolResult> pools, boolean poolsDeclared,
    RunOutcome outcome) {

  public RunResult {
    requireNonNull(scenario, "scenario");
    requireNonNull(config, "config");
    requireNonNull(policy, "policy");
    settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
    requireNonNull(smt, "smt");
    domains = List.copyOf(domains);
    requireNonNull(host, "host");
    requireNonNull(isolation, "isolation");
    pools = List.copyOf(pools);
    requireNonNull(outcome, "outcome");
  }

  /**
   * The first guest/guest exposure outside switch windows on a core a policy claimed to isolate;
   * present means the run failed its isolation check (exit 1, after writing results).
   */
  public Optional<IsolationViolation> violation() {
    return isolation.violation();
  }

  /** The same result as compare configuration {@code name}. */
  public RunResult withConfig(String name) {
    return new RunResult(scenario, Optional.of(name), policy, settings, smt, seed, durationNs,
        warmupNs, domains, host, isolation, invariantViolations, pools, poolsDeclared, outcome);
  }
}
