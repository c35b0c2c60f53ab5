package org.hvsched.harness.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;

/**
 * One look for every chart, fixed so that a chart's pixels depend only on its data: a named font
 * (DejaVu Sans, the JDK's logical Dialog font where it is missing), fixed anti-aliasing hints,
 * flat bars without shadows or gradients, and a colour-blind-safe palette (Okabe and Ito) in a
 * fixed order.
 */
final class ChartStyle {
  private ChartStyle() {}

  static final String FONT = "DejaVu Sans";

  private static final Color[] PALETTE = {
    new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
    new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000),
  };

  /** Host work in timelines. */
  static final Color HOST = new Color(0x7F7F7F);
  /** Forced idle in timelines. */
  static final Color FORCED_IDLE = new Color(0xE8A0A0);
  /** Reserved idle in timelines. */
  static final Color RESERVED_IDLE = new Color(0xC8C8E8);

  /** The {@code i}-th colour of the palette (cycling). */
  static Color color(int i) {
    return PALETTE[Math.floorMod(i, PALETTE.length)];
  }

  /**
   * Applies the theme and the rendering hints to {@code chart}; call it before setting any
   * series paint (the theme resets them to the palette's order).
   */
  static JFreeChart apply(JFreeChart chart) {
    theme().apply(chart);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS,
        RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
    chart.getRenderingHints().put(RenderingHints.KEY_RENDERING,
        RenderingHints.VALUE_RENDER_QUALITY);
    chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL,
        RenderingHints.VALUE_STROKE_PURE);
    chart.setBackgroundPaint(Color.WHITE);
    Plot plot = chart.getPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineStroke(new BasicStroke(0.5f));
    return chart;
  }

  private static StandardChartTheme theme() {
    StandardChartTheme t = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    t.setExtraLargeFont(new Font(FONT, Font.BOLD, 16));
    t.setLargeFont(new Font(FONT, Font.BOLD, 13));
    t.setRegularFont(new Font(FONT, Font.PLAIN, 11));
    t.setSmallFont(new Font(FONT, Font.PLAIN, 9));
    t.setShadowVisible(false);
    t.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE.clone(),
        DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
        DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
        DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
        DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
        DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
    t.setBarPainter(new StandardBarPainter());
    t.setXYBarPainter(new StandardXYBarPainter());
    t.setPlotBackgroundPaint(Color.WHITE);
    t.setChartBackgroundPaint(Color.WHITE);
    t.setDomainGridlinePaint(new Color(0xDDDDDD));
    t.setRangeGridlinePaint(new Color(0xDDDDDD));
    return t;
  }
}
