package org.hvsched.harness.report;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes a sweep's report next to its merged results: {@code charts/*.png}, {@code charts/*.svg}
 * ({@link SweepCharts}), then {@code index.html} ({@link SweepPage}), each atomically.
 */
public final class SweepReports {
  private SweepReports() {}

  /** Writes the report of {@code d} into {@code dir}. */
  public static void write(SweepData d, Path dir) {
    List<ChartFile> charts = SweepCharts.of(d);
    Path chartDir = dir.resolve("charts");
    for (ChartFile f : charts) {
      OutputFiles.write(chartDir.resolve(f.name() + ".png"), f.png());
      OutputFiles.write(chartDir.resolve(f.name() + ".svg"), f.svg());
    }
    OutputFiles.write(dir.resolve("index.html"), SweepPage.of(d, charts));
  }
}
