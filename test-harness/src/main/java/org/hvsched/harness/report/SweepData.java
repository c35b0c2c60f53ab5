package org.hvsched.harness.report;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What a sweep's report shows: for each point (its axis values), the summary of compare for that
 * point, one row per configuration and domain.
 *
 * @param scenario the scenario's name
 * @param tool tool and version
 * @param axes the axis keys, in the sweep's order
 * @param points the points in plan order (complete points only)
 * @param runs number of runs merged
 */
public record SweepData(String scenario, String tool, List<String> axes, List<Point> points,
    long runs) {

  public SweepData {
    requireNonNull(scenario, "scenario");
    requireNonNull(tool, "tool");
    axes = List.copyOf(axes);
    points = List.copyOf(points);
  }

  /**
   * One point.
   *
   * @param labels axis key to value text, in axis order
   * @param seeds seeds per configuration
   * @param rows per configuration (matrix order), per domain (scenario order)
   */
  public record Point(Map<String, String> labels, int seeds, List<Row> rows) {
    public Point {
      labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
      rows = List.copyOf(rows);
    }
  }

  /**
   * One configuration's figures for one domain at one point.
   *
   * @param config configuration name
   * @param baseline its baseline's name (itself for a baseline)
   * @param domain domain name
   * @param metric primary metric name
   * @param unit its unit
   * @param higherIsBetter whether more is better
   * @param mean mean over seeds
   * @param ci95 95% confidence half-width
   * @param ratio mean over the baseline's mean, when defined
   * @param guestGuestNs mean guest/guest exposure per run (the configuration's, all domains)
   */
  public record Row(String config, String baseline, String domain, String metric, String unit,
      boolean higherIsBetter, double mean, double ci95, OptionalDouble ratio,
      double guestGuestNs) {
    public Row {
      requireNonNull(config, "config");
      requireNonNull(baseline, "baseline");
      requireNonNull(domain, "domain");
      requireNonNull(metric, "metric");
      requireNonNull(unit, "unit");
      requireNonNull(ratio, "ratio");
    }
  }
}
