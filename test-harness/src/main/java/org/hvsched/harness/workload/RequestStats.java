package org.hvsched.harness.workload;

/**
 * The request fields of a domain's results (spec.md section 4): response-time percentiles of the
 * requests that arrived in the measured window and completed, and completions per second.
 *
 * @param p50Ns median response time
 * @param p99Ns 99th percentile
 * @param p999Ns 99.9th percentile
 * @param opsPerSec completions in the measured window per second of it
 */
public record RequestStats(long p50Ns, long p99Ns, long p999Ns, double opsPerSec) {}
