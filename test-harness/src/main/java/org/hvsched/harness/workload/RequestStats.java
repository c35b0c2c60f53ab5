package org.hvsched.harness.workload;

import java.util.Optional;
import org.HdrHistogram.Histogram;

/**
 * The request fields of a domain's results (spec.md section 4): response-time percentiles of the
 * requests that arrived in the measured window and completed, and completions per second.
 *
 * @param p50Ns median response time
 * @param p99Ns 99th percentile
 * @param p999Ns 99.9th percentile
 * @param opsPerSec completions in the measured window per second of it
 * @param latency the response-time histogram the percentiles come from (ns), for the latency
 *     CDFs of compare's report; not part of the results files
 */
public record RequestStats(long p50Ns, long p99Ns, long p999Ns, double opsPerSec,
    Optional<Histogram> latency) {

  public RequestStats {
    java.util.Objects.requireNonNull(latency, "latency");
  }

  /** Percentiles and throughput without the histogram. */
  public RequestStats(long p50Ns, long p99Ns, long p999Ns, double opsPerSec) {
    this(p50Ns, p99Ns, p999Ns, opsPerSec, Optional.empty());
  }
}
