package org.hvsched.harness.run;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.hvsched.core.stats.DomainStats;
import org.hvsched.harness.workload.Metric;
import org.hvsched.harness.workload.RequestStats;

/**
 * One domain's results: the engine's accounting and its workloads' metrics.
 *
 * @param name domain name
 * @param trust trust domain
 * @param vcpus number of vCPUs
 * @param tasks vCPUs plus extra VM threads (the time fields sum to tasks x durationNs)
 * @param stats the engine's per-domain accounting over the measured window
 * @param metrics the domain workload's metrics (primary first), then each extra thread's as
 *     {@code THREAD.NAME}
 * @param requests request fields, when the domain's workload has requests
 * @param makespanNs makespan, when the domain's workload has jobs
 */
public record DomainResult(String name, String trust, int vcpus, int tasks, DomainStats stats,
    List<Metric> metrics, Optional<RequestStats> requests, OptionalLong makespanNs) {
  public DomainResult {
    requireNonNull(name, "name");
    requireNonNull(trust, "trust");
    requireNonNull(stats, "stats");
    metrics = List.copyOf(metrics);
    requireNonNull(requests, "requests");
    requireNonNull(makespanNs, "makespanNs");
  }

  /** The primary metric. */
  public Metric primary() {
    return metrics.get(0);
  }
}
