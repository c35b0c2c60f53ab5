package org.hvsched.harness.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The metric lists of the request workloads, from a {@link RequestServer}. */
final class RequestMetrics {
  private RequestMetrics() {}

  /**
   * Latency first: {@code latencyP99}, {@code latencyP50}, {@code latencyP999},
   * {@code latencyMean}, {@code throughput}, {@code dropped}.
   */
  static WorkloadResult latencyFirst(RequestServer server) {
    RequestStats s = server.stats();
    List<Metric> m = new ArrayList<>(List.of(Metric.lowerNs("latencyP99", s.p99Ns()),
        Metric.lowerNs("latencyP50", s.p50Ns()), Metric.lowerNs("latencyP999", s.p999Ns()),
        Metric.lowerNs("latencyMean", server.meanNs()),
        new Metric("throughput", s.opsPerSec(), "ops/s", true),
        new Metric("dropped", server.dropped(), "", false)));
    return new WorkloadResult(m, Optional.of(s), OptionalLong.empty());
  }

  /** Throughput first, then the latency percentiles, the mean and {@code dropped}. */
  static WorkloadResult throughputFirst(RequestServer server) {
    RequestStats s = server.stats();
    List<Metric> m = new ArrayList<>(List.of(new Metric("throughput", s.opsPerSec(), "ops/s",
        true), Metric.lowerNs("latencyP50", s.p50Ns()), Metric.lowerNs("latencyP99", s.p99Ns()),
        Metric.lowerNs("latencyP999", s.p999Ns()), Metric.lowerNs("latencyMean", server.meanNs()),
        new Metric("dropped", server.dropped(), "", false)));
    return new WorkloadResult(m, Optional.of(s), OptionalLong.empty());
  }
}
