package org.hvsched.harness.workload;

import static java.util.Objects.requireNonNull;

/**
 * One measured figure of a workload, as results list it ({@code metrics} of spec.md section 4);
 * a domain's first metric is its primary one, the one {@code compare} ratios.
 *
 * @param name metric name, e.g. {@code makespan}, {@code latencyP99}
 * @param value the value in {@code unit}
 * @param unit {@code ns}, {@code ops/s}, {@code MB/s}, {@code phases/s}, {@code %} or empty
 * @param higherIsBetter whether a larger value is an improvement
 */
public record Metric(String name, double value, String unit, boolean higherIsBetter) {
  public Metric {
    requireNonNull(name, "name");
    requireNonNull(unit, "unit");
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("metric " + name + " is not finite: " + value);
    }
  }

  /** A time in ns where less is better (latency, makespan). */
  public static Metric lowerNs(String name, long ns) {
    return new Metric(name, ns, "ns", false);
  }

  /** An amount in ns where more is better (work done). */
  public static Metric higherNs(String name, long ns) {
    return new Metric(name, ns, "ns", true);
  }

  /** The same metric under another name. */
  public Metric renamed(String newName) {
    return new Metric(newName, value, unit, higherIsBetter);
  }
}
