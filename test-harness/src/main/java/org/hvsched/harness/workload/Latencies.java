package org.hvsched.harness.workload;

import org.HdrHistogram.Histogram;

/**
 * Latency histograms as the harness records them: ns values, 3 significant digits (HdrHistogram,
 * auto-resizing); percentiles of an empty histogram are 0.
 */
public final class Latencies {
  private Latencies() {}

  /** A fresh histogram. */
  public static Histogram newHistogram() {
    Histogram h = new Histogram(3);
    h.setAutoResize(true);
    return h;
  }

  /** The value at {@code percentile} (0-100), 0 when empty. */
  public static long at(Histogram h, double percentile) {
    return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile);
  }

  /** The largest value, 0 when empty. */
  public static long max(Histogram h) {
    return h.getTotalCount() == 0 ? 0 : h.getMaxValue();
  }
}
