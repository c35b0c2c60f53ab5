package org.hvsched.harness.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.hvsched.harness.compare.Comparison;
import org.hvsched.harness.compare.ConfigResult;
import org.hvsched.harness.compare.RunRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Response-time CDFs of the request workloads: per domain that has requests, one curve per
 * configuration from the HdrHistograms of all its seeds merged (in seed order), latency on a
 * logarithmic axis in microseconds.
 */
final class LatencyCharts {
  private LatencyCharts() {}

  private static final int WIDTH = 720;
  private static final int HEIGHT = 420;

  /** One chart per domain with request latencies, scenario order. */
  static List<ChartFile> of(Comparison c) {
    List<ChartFile> out = new ArrayList<>();
    List<String> domains = c.domains();
    for (int d = 0; d < domains.size(); d++) {
      XYSeriesCollection data = new XYSeriesCollection();
      for (ConfigResult r : c.configs()) {
        Optional<Histogram> merged = merged(r.runs(), d);
        if (merged.isPresent()) {
          data.addSeries(curve(r.config().name(), merged.get()));
        }
      }
      if (data.getSeriesCount() > 0) {
        out.add(chart(domains.get(d), d, data));
      }
    }
    return out;
  }

  private static Optional<Histogram> merged(List<RunRecord> runs, int domain) {
    Histogram all = null;
    for (RunRecord run : runs) {
      Optional<Histogram> h = run.domains().get(domain).latency();
      if (h.isPresent() && h.get().getTotalCount() > 0) {
        if (all == null) {
          all = h.get().copy();
        } else {
          all.add(h.get());
        }
      }
    }
    return Optional.ofNullable(all);
  }

  private static XYSeries curve(String name, Histogram h) {
    XYSeries s = new XYSeries(name, false, true);
    for (HistogramIterationValue v : h.percentiles(5)) {
      double us = Math.max(1, h.highestEquivalentValue(v.getValueIteratedTo())) / 1e3;
      s.add(us, v.getPercentileLevelIteratedTo() / 100.0);
    }
    return s;
  }

  private static ChartFile chart(String domain, int index, XYSeriesCollection data) {
    LogAxis latency = new LogAxis("response time (us, log scale)");
    latency.setSmallestValue(1e-3);
    NumberAxis fraction = new NumberAxis("fraction of requests");
    fraction.setRange(0, 1.0);
    latency.setTickUnit(new NumberTickUnit(1));
    latency.setNumberFormatOverride(new DecimalFormat("0.###",
        DecimalFormatSymbols.getInstance(Locale.ROOT)));
    latency.setMinorTickMarksVisible(true);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    XYPlot plot = new XYPlot(data, latency, fraction, renderer);
    String title = domain + ": response-time CDF, all seeds";
    JFreeChart chart = ChartStyle.apply(
        new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    for (int s = 0; s < data.getSeriesCount(); s++) {
      renderer.setSeriesPaint(s, ChartStyle.color(s));
      renderer.setSeriesStroke(s, new java.awt.BasicStroke(1.5f));
    }
    return ChartFile.render(Reports.fileName("latency", index + 1, domain), title, chart, WIDTH,
        HEIGHT);
  }
}
