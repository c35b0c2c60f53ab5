package org.hvsched.harness.workload;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a workload measured in one run.
 *
 * @param metrics its metrics, primary first
 * @param requests request fields, for workloads with requests
 * @param makespanNs makespan, for workloads with jobs
 */
public record WorkloadResult(List<Metric> metrics, Optional<RequestStats> requests,
    OptionalLong makespanNs) {
  public WorkloadResult {
    metrics = List.copyOf(metrics);
    if (metrics.isEmpty()) {
      throw new IllegalArgumentException("a workload result needs its primary metric");
    }
  }

  /** Metrics only. */
  public static WorkloadResult of(List<Metric> metrics) {
    return new WorkloadResult(metrics, Optional.empty(), OptionalLong.empty());
  }

  /** The primary metric. */
  public Metric primary() {
    return metrics.get(0);
  }
}
