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
 * its definition ids instead of the default one taken from the clock, coordinates rounded to
 * 1/100 pixel).
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

  /** Renders {@code chart} (styled by {@link ChartStyle#apply}) at {@code width} x {@code height}. */
  static ChartFile render(String name, String title, JFreeChart chart, int width, int height) {
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
    g2.setGeomDoubleConverter(ChartFile::twoDecimals);
    chart.draw(g2, new Rectangle(0, 0, width, height));
    String svg = g2.getSVGDocument();
    return new ChartFile(name, title, width, height, png.toByteArray(),
        svg.endsWith("\n") ? svg : svg + "\n");
  }

  /** Coordinates to 1/100 pixel: smaller files, no visible change. */
  private static String twoDecimals(double v) {
    return Double.toString(Math.round(v * 100) / 100.0);
  }
}
