package org.hvsched.harness.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * The charts of a sweep: compare's charts with the swept axis on the x-axis. The x-axis is the
 * first axis with more than one value (its values in the sweep's order, as categories); every
 * combination of the other axes' values is a panel with charts of its own. Per panel: for each
 * domain, the primary metric's mean with its 95% interval under every configuration, and its
 * ratio to the family's baseline; and the mean guest/guest exposure per run of every
 * configuration.
 */
final class SweepCharts {
  private SweepCharts() {}

  /** Most charts a page shows (merged.csv has every figure). */
  static final int MAX_CHARTS = 90;

  private static final int WIDTH = 720;
  private static final int HEIGHT = 400;

  /** The x-axis: the first axis with two values or more, else the first axis, else none. */
  static String xAxis(SweepData d) {
    for (String a : d.axes()) {
      Set<String> values = new LinkedHashSet<>();
      d.points().forEach(p -> values.add(p.labels().get(a)));
      if (values.size() > 1) {
        return a;
      }
    }
    return d.axes().isEmpty() ? "" : d.axes().get(0);
  }

  /** The charts, panel by panel, at most {@link #MAX_CHARTS}. */
  static List<ChartFile> of(SweepData d) {
    String x = xAxis(d);
    Map<String, List<SweepData.Point>> panels = new LinkedHashMap<>();
    for (SweepData.Point p : d.points()) {
      panels.computeIfAbsent(panelName(p, x), k -> new ArrayList<>()).add(p);
    }
    List<ChartFile> out = new ArrayList<>();
    int index = 0;
    for (Map.Entry<String, List<SweepData.Point>> panel : panels.entrySet()) {
      for (String domain : domains(panel.getValue())) {
        if (out.size() + 2 > MAX_CHARTS) {
          return out;
        }
        out.add(metric(panel.getKey(), panel.getValue(), x, domain, ++index));
        out.add(ratio(panel.getKey(), panel.getValue(), x, domain, ++index));
      }
      if (out.size() < MAX_CHARTS) {
        out.add(exposure(panel.getKey(), panel.getValue(), x, ++index));
      }
    }
    return out;
  }

  /** The panel of {@code p}: its values of the axes other than {@code x}. */
  static String panelName(SweepData.Point p, String x) {
    List<String> parts = new ArrayList<>();
    p.labels().forEach((k, v) -> {
      if (!k.equals(x)) {
        parts.add(k + " = " + v);
      }
    });
    return String.join(", ", parts);
  }

  private static List<String> domains(List<SweepData.Point> points) {
    Set<String> out = new LinkedHashSet<>();
    points.forEach(p -> p.rows().forEach(r -> out.add(r.domain())));
    return new ArrayList<>(out);
  }

  private static ChartFile metric(String panel, List<SweepData.Point> points, String x,
      String domain, int index) {
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    SweepData.Row first = null;
    double max = 0;
    for (SweepData.Point p : points) {
      for (SweepData.Row r : p.rows()) {
        if (r.domain().equals(domain)) {
          first = first == null ? r : first;
          max = Math.max(max, Math.abs(r.mean()) + r.ci95());
        }
      }
    }
    Scale scale = Scale.of(first.unit(), max);
    for (SweepData.Point p : points) {
      for (SweepData.Row r : p.rows()) {
        if (r.domain().equals(domain)) {
          data.add(scale.apply(r.mean()), scale.apply(r.ci95()), r.config(), xValue(p, x));
        }
      }
    }
    String title = domain + ": " + first.metric() + " (" + (first.higherIsBetter() ? "higher"
        : "lower") + " is better), mean and 95% CI" + suffix(panel);
    StatisticalLineAndShapeRenderer renderer = new StatisticalLineAndShapeRenderer(true, true);
    renderer.setErrorIndicatorPaint(java.awt.Color.BLACK);
    return render("sweep-metric", index, domain, title, x, scale.label(first.metric()), data,
        renderer, data.getRowCount());
  }

  private static ChartFile ratio(String panel, List<SweepData.Point> points, String x,
      String domain, int index) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String metric = "";
    for (SweepData.Point p : points) {
      for (SweepData.Row r : p.rows()) {
        if (r.domain().equals(domain) && r.ratio().isPresent()) {
          metric = r.metric();
          data.addValue(r.ratio().getAsDouble(), r.config() + " / " + r.baseline(),
              xValue(p, x));
        }
      }
    }
    String title = domain + ": " + metric + " ratio to the family's baseline" + suffix(panel);
    return render("sweep-ratio", index, domain, title, x, "ratio", data,
        new LineAndShapeRenderer(true, true), data.getRowCount());
  }

  private static ChartFile exposure(String panel, List<SweepData.Point> points, String x,
      int index) {
    double max = 0;
    for (SweepData.Point p : points) {
      for (SweepData.Row r : p.rows()) {
        max = Math.max(max, r.guestGuestNs());
      }
    }
    Scale scale = Scale.of("ns", max);
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (SweepData.Point p : points) {
      Set<String> seen = new LinkedHashSet<>();
      for (SweepData.Row r : p.rows()) {
        if (seen.add(r.config())) {
          data.addValue(scale.apply(r.guestGuestNs()), r.config(), xValue(p, x));
        }
      }
    }
    String title = "Guest/guest exposure per run (mean over seeds)" + suffix(panel);
    return render("sweep-exposure", index, "all", title, x, scale.label("exposure"), data,
        new LineAndShapeRenderer(true, true), data.getRowCount());
  }

  private static String xValue(SweepData.Point p, String x) {
    return x.isEmpty() ? "all" : p.labels().get(x);
  }

  private static String suffix(String panel) {
    return panel.isEmpty() ? "" : " [" + panel + "]";
  }

  private static ChartFile render(String kind, int index, String name, String title, String x,
      String valueLabel, org.jfree.data.category.CategoryDataset data,
      LineAndShapeRenderer renderer, int series) {
    CategoryAxis categories = new CategoryAxis(x.isEmpty() ? null : x);
    categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    NumberAxis values = new NumberAxis(valueLabel);
    values.setAutoRangeIncludesZero(true);
    CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    for (int s = 0; s < series; s++) {
      renderer.setSeriesPaint(s, ChartStyle.color(s));
    }
    return ChartFile.render(Reports.fileName(kind, index, name), title, chart, WIDTH, HEIGHT);
  }
}
