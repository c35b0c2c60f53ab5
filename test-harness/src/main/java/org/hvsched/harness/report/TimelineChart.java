package org.hvsched.harness.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hvsched.core.ThreadState;
import org.hvsched.harness.compare.Timeline;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The per-core timeline of one configuration: one row per CPU (siblings next to each other,
 * labelled {@code cpuN/coreM}), time across; a bar per interval coloured by the trust domain
 * that ran, grey for host work, red for forced idle, lavender for reserved idle, white for idle.
 * Two different colours on the rows of one core at the same time are guest/guest exposure.
 */
final class TimelineChart {
  private TimelineChart() {}

  private static final int WIDTH = 900;
  private static final int ROW_PX = 14;

  /** The chart of {@code t} for configuration {@code config}; {@code trusts} fixes colours. */
  static ChartFile of(String config, int index, Timeline t, List<String> trusts) {
    Map<String, XYIntervalSeries> series = new LinkedHashMap<>();
    List<Color> colors = new ArrayList<>();
    for (int i = 0; i < trusts.size(); i++) {
      series.put("guest:" + trusts.get(i), new XYIntervalSeries(trusts.get(i), false, true));
      colors.add(ChartStyle.color(i));
    }
    series.put("host", new XYIntervalSeries("host", false, true));
    colors.add(ChartStyle.HOST);
    series.put("forced", new XYIntervalSeries("forced idle", false, true));
    colors.add(ChartStyle.FORCED_IDLE);
    series.put("reserved", new XYIntervalSeries("reserved idle", false, true));
    colors.add(ChartStyle.RESERVED_IDLE);
    Map<Integer, Integer> row = new LinkedHashMap<>();
    String[] labels = new String[t.cpus().size()];
    for (int i = 0; i < t.cpus().size(); i++) {
      row.put(t.cpus().get(i), i);
      labels[i] = "cpu" + t.cpus().get(i) + "/core" + t.coreOf().get(i);
    }
    for (Timeline.Segment s : t.segments()) {
      XYIntervalSeries target = seriesOf(series, s);
      if (target != null) {
        double x0 = (s.startNs() - t.fromNs()) / 1e6;
        double x1 = (s.endNs() - t.fromNs()) / 1e6;
        int y = row.get(s.cpu());
        target.add((x0 + x1) / 2, x0, x1, y, y - 0.4, y + 0.4);
      }
    }
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    series.values().forEach(data::addSeries);
    XYBarRenderer renderer = new XYBarRenderer();
    renderer.setUseYInterval(true);
    NumberAxis time = new NumberAxis(String.format(java.util.Locale.ROOT,
        "ms after t = %s (the end of warm-up)", org.hvsched.harness.compare.Texts.duration(
            t.fromNs())));
    time.setRange(0, (t.toNs() - t.fromNs()) / 1e6);
    SymbolAxis cpus = new SymbolAxis(null, labels);
    cpus.setInverted(true);
    cpus.setGridBandsVisible(false);
    XYPlot plot = new XYPlot(data, time, cpus, renderer);
    String title = config + ": what each CPU ran, first seed";
    JFreeChart chart = ChartStyle.apply(
        new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    for (int i = 0; i < colors.size(); i++) {
      renderer.setSeriesPaint(i, colors.get(i));
    }
    int height = 120 + ROW_PX * Math.max(4, labels.length);
    return ChartFile.render(Reports.fileName("timeline", index + 1, config), title, chart, WIDTH,
        height);
  }

  private static XYIntervalSeries seriesOf(Map<String, XYIntervalSeries> series,
      Timeline.Segment s) {
    if (s.state() == ThreadState.GUEST) {
      return series.get("guest:" + s.trust());
    }
    if (s.state() == ThreadState.HOST) {
      return series.get("host");
    }
    if (s.state() == ThreadState.FORCED_IDLE) {
      return series.get("forced");
    }
    if (s.state() == ThreadState.RESERVED_IDLE) {
      return series.get("reserved");
    }
    return null;
  }
}
