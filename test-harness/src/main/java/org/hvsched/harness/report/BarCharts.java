package org.hvsched.harness.report;

import java.util.ArrayList;
import java.util.List;
import org.hvsched.harness.compare.Comparison;
import org.hvsched.harness.compare.ConfigResult;
import org.hvsched.harness.compare.DomainSummary;
import org.hvsched.harness.compare.IsolationSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Bar charts: per domain, the primary metric's mean under every configuration with its 95%
 * interval as an error bar; per configuration, the mean exposure (guest/guest, guest/host) and
 * the mean forced and reserved idle.
 */
final class BarCharts {
  private BarCharts() {}

  private static final int WIDTH = 720;
  private static final int HEIGHT = 400;

  /** One chart per domain, scenario order. */
  static List<ChartFile> metrics(Comparison c) {
    List<ChartFile> out = new ArrayList<>();
    List<String> domains = c.domains();
    for (int d = 0; d < domains.size(); d++) {
      out.add(metric(c, d, domains.get(d)));
    }
    return out;
  }

  private static ChartFile metric(Comparison c, int index, String domain) {
    DomainSummary first = c.configs().get(0).summary().get(index);
    double max = 0;
    for (ConfigResult r : c.configs()) {
      DomainSummary s = r.summary().get(index);
      max = Math.max(max, Math.abs(s.stats().mean()) + s.stats().ci95());
    }
    Scale scale = Scale.of(first.unit(), max);
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    for (ConfigResult r : c.configs()) {
      DomainSummary s = r.summary().get(index);
      data.add(scale.apply(s.stats().mean()), scale.apply(s.stats().ci95()), r.config().name(),
          first.metric());
    }
    String title = domain + ": " + first.metric() + " ("
        + (first.higherIsBetter() ? "higher" : "lower") + " is better), mean and 95% CI";
    StatisticalBarRenderer renderer = new StatisticalBarRenderer();
    renderer.setErrorIndicatorPaint(java.awt.Color.BLACK);
    JFreeChart chart = chart(title, scale.label(first.metric()), data, renderer, c.configs().size());
    return ChartFile.render(Reports.fileName("metric", index + 1, domain), title, chart, WIDTH,
        HEIGHT);
  }

  /** Mean exposure per run, per configuration. */
  static ChartFile exposure(Comparison c) {
    double max = 0;
    for (ConfigResult r : c.configs()) {
      max = Math.max(max, Math.max(r.isolation().guestGuestNs().mean(),
          r.isolation().guestHostNs().mean()));
    }
    Scale scale = Scale.of("ns", max);
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ConfigResult r : c.configs()) {
      IsolationSummary iso = r.isolation();
      data.addValue(scale.apply(iso.guestGuestNs().mean()), "guest/guest", r.config().name());
      data.addValue(scale.apply(iso.guestHostNs().mean()), "guest/host", r.config().name());
    }
    String title = "Exposure per run (mean over seeds)";
    JFreeChart chart = chart(title, scale.label("exposure"), data, new BarRenderer(), 2);
    return ChartFile.render("exposure", title, chart, WIDTH, HEIGHT);
  }

  /** Mean forced and reserved idle per run, per configuration. */
  static ChartFile idle(Comparison c) {
    double max = 0;
    for (ConfigResult r : c.configs()) {
      max = Math.max(max, Math.max(r.isolation().forcedIdleNs().mean(),
          r.isolation().reservedIdleNs().mean()));
    }
    Scale scale = Scale.of("ns", max);
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ConfigResult r : c.configs()) {
      IsolationSummary iso = r.isolation();
      data.addValue(scale.apply(iso.forcedIdleNs().mean()), "forced idle", r.config().name());
      data.addValue(scale.apply(iso.reservedIdleNs().mean()), "reserved idle",
          r.config().name());
    }
    String title = "Forced and reserved idle per run, all CPUs (mean over seeds)";
    JFreeChart chart = chart(title, scale.label("idle CPU time"), data, new BarRenderer(), 2);
    return ChartFile.render("idle", title, chart, WIDTH, HEIGHT);
  }

  private static JFreeChart chart(String title, String valueLabel,
      org.jfree.data.category.CategoryDataset data, BarRenderer renderer, int series) {
    CategoryAxis categories = new CategoryAxis(null);
    categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    NumberAxis values = new NumberAxis(valueLabel);
    values.setAutoRangeIncludesZero(true);
    CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
    JFreeChart chart = ChartStyle.apply(
        new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    for (int s = 0; s < series; s++) {
      renderer.setSeriesPaint(s, ChartStyle.color(s));
    }
    return chart;
  }
}
