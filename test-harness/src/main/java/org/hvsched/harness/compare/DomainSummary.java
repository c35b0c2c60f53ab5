package org.hvsched.harness.compare;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * A domain's primary metric under one configuration, over the seeds ({@code summary} of
 * spec.md section 5).
 *
 * @param domain domain name
 * @param metric metric name
 * @param unit its unit
 * @param higherIsBetter whether more is better
 * @param stats mean and 95% confidence half-width over seeds
 * @param ratioToBaseline mean(config) / mean(baseline) of the metric as reported (never inverted;
 *     1.0 for a baseline); empty when the baseline's mean is 0
 */
public record DomainSummary(String domain, String metric, String unit, boolean higherIsBetter,
    MeanCi stats, OptionalDouble ratioToBaseline) {

  public DomainSummary {
    requireNonNull(domain, "domain");
    requireNonNull(metric, "metric");
    requireNonNull(unit, "unit");
    requireNonNull(stats, "stats");
    requireNonNull(ratioToBaseline, "ratioToBaseline");
  }
}
