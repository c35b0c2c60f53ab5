package org.hvsched.harness.report;

import static java.util.Objects.requireNonNull;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart rendered to both formats: PNG bytes (JFreeChart into a {@link BufferedImage}, encoded
 * by ImageIO, which writes no time stamp) and an SVG document (JFreeSVG, with a fixed prefix for
 * its definition ids instead of the default one taken from the clock).
 *
 * @param name file name without extension, e.g. {@code metric-1-vm1}
 * @param title what the chart shows (the page's caption)
 * @param width width in pixels
 * @param height height in pixels
 * @param png the PNG file's bytes
 * @param svg the SVG file's text
 */
public record ChartFile(String name, String title, int width, int height, byte[] png,
    String svg) {

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  public ChartFile {
    requireNonNull(name, "name");
    requireNonNull(title, "title");
    requireNonNull(png, "png");
    requireNonNull(svg, "svg");
  }

  /** Renders {@code chart} at {@code width} x {@code height}. */
  static ChartFile render(String name, String title, JFreeChart chart, int width, int height) {
    ChartStyle.apply(chart);
    BufferedImage image = chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB,
        null);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", png)) {
        throw new IllegalStateException("no PNG writer in this JDK");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix("hv");
    chart.draw(g2, new Rectangle(0, 0, width, height));
    return new ChartFile(name, title, width, height, png.toByteArray(), g2.getSVGDocument());
  }
}
