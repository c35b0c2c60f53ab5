package org.hvsched.harness.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hvsched.core.ThreadState;
import org.hvsched.harness.compare.Comparison;
import org.hvsched.harness.compare.ResultsCsv;
import org.hvsched.harness.compare.ResultsJson;
import org.hvsched.harness.compare.Timeline;

/**
 * Writes a comparison's report folder: {@code results.json}, {@code results.csv},
 * {@code charts/*.png} and {@code charts/*.svg}, then {@code index.html} last, each file
 * atomically; files of other names already in the folder are left alone.
 */
public final class Reports {
  private Reports() {}

  /** Every chart of {@code c}, in page order: metrics, exposure, idle, latency, timelines. */
  public static List<ChartFile> charts(Comparison c) {
    List<ChartFile> out = new ArrayList<>(BarCharts.metrics(c));
    out.add(BarCharts.exposure(c));
    out.add(BarCharts.idle(c));
    out.addAll(LatencyCharts.of(c));
    List<String> trusts = trusts(c);
    int i = 0;
    for (Map.Entry<String, Timeline> e : c.timelines().entrySet()) {
      out.add(TimelineChart.of(e.getKey(), i++, e.getValue(), trusts));
    }
    return out;
  }

  /** The page for {@code c} with {@code charts}. */
  public static String page(Comparison c, List<ChartFile> charts) {
    return HtmlPage.of(c, charts);
  }

  /** Writes the report of {@code c} into {@code dir} (created if needed). */
  public static void write(Comparison c, Path dir) {
    List<ChartFile> charts = charts(c);
    Path chartDir = dir.resolve("charts");
    for (ChartFile f : charts) {
      OutputFiles.write(chartDir.resolve(f.name() + ".png"), f.png());
      OutputFiles.write(chartDir.resolve(f.name() + ".svg"), f.svg());
    }
    OutputFiles.write(dir.resolve("results.json"), ResultsJson.text(c));
    OutputFiles.write(dir.resolve("results.csv"), ResultsCsv.text(c));
    OutputFiles.write(dir.resolve("index.html"), page(c, charts));
  }

  /** A chart's file name: {@code KIND-INDEX-NAME}, the name reduced to safe characters. */
  static String fileName(String kind, int index, String name) {
    return kind + "-" + index + "-" + name.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /**
   * Trust domains in scenario order, then any other in order of appearance (fixes each domain's
   * colour across timelines).
   */
  private static List<String> trusts(Comparison c) {
    Set<String> seen = new LinkedHashSet<>();
    c.configs().get(0).runs().get(0).json().path("domains")
        .forEach(d -> seen.add(d.path("trust").asText(d.path("name").asText())));
    for (Timeline t : c.timelines().values()) {
      for (Timeline.Segment s : t.segments()) {
        if (s.state() == ThreadState.GUEST && s.trust() != null) {
          seen.add(s.trust());
        }
      }
    }
    return List.copyOf(seen);
  }
}
