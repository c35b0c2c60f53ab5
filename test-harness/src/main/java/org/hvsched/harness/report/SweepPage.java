package org.hvsched.harness.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hvsched.harness.compare.Texts;

/**
 * The sweep's {@code index.html}, in the manner of compare's page ({@link HtmlPage}: same style,
 * relative paths only, the same image check for headless browsers): what was swept, per panel
 * and domain a table of each configuration's mean, interval and ratio at every value of the
 * swept axis, then every chart as an {@code <img>} of its SVG with a link to the PNG.
 */
final class SweepPage {
  private SweepPage() {}

  static String of(SweepData d, List<ChartFile> charts) {
    String x = SweepCharts.xAxis(d);
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<title>hvsched sweep: ").append(esc(d.scenario())).append("</title>\n");
    h.append("<style>\n").append(HtmlPage.STYLE).append("\n</style>\n</head>\n<body>\n");
    h.append("<h1>hvsched sweep: ").append(esc(d.scenario())).append("</h1>\n");
    h.append("<p>").append(esc(d.tool())).append(", ").append(d.points().size())
        .append(" points, ").append(d.runs()).append(" runs. Axes: ")
        .append(esc(axes(d))).append(". Files: <a href=\"merged.json\">merged.json</a>, ")
        .append("<a href=\"merged.csv\">merged.csv</a>.</p>\n");
    h.append("<p>Mean over seeds with the 95% confidence interval (Student t); ratio = mean /"
        + " mean of the family's baseline at the same point.")
        .append(x.isEmpty() ? "" : " Columns and x-axes: " + esc(x) + ".").append("</p>\n");
    tables(h, d, x);
    h.append("<h2>Charts</h2>\n");
    if (charts.size() >= SweepCharts.MAX_CHARTS) {
      h.append("<p>The first ").append(charts.size()).append(" charts; merged.csv has every"
          + " figure.</p>\n");
    }
    for (ChartFile f : charts) {
      h.append("<figure><img src=\"charts/").append(f.name()).append(".svg\" width=\"")
          .append(f.width()).append("\" height=\"").append(f.height()).append("\" alt=\"")
          .append(esc(f.title())).append("\"><figcaption>").append(esc(f.title()))
          .append(" (<a href=\"charts/").append(f.name()).append(".png\">PNG</a>, <a href=\"")
          .append("charts/").append(f.name()).append(".svg\">SVG</a>)</figcaption></figure>\n");
    }
    h.append("<script>\n").append(HtmlPage.SCRIPT).append("\n</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static String axes(SweepData d) {
    List<String> parts = new ArrayList<>();
    for (String a : d.axes()) {
      Set<String> values = new LinkedHashSet<>();
      d.points().forEach(p -> values.add(p.labels().get(a)));
      parts.add(a + " in {" + String.join(", ", values) + "}");
    }
    return parts.isEmpty() ? "none" : String.join("; ", parts);
  }

  private static void tables(StringBuilder h, SweepData d, String x) {
    Map<String, List<SweepData.Point>> panels = new LinkedHashMap<>();
    d.points().forEach(p -> panels.computeIfAbsent(SweepCharts.panelName(p, x),
        k -> new ArrayList<>()).add(p));
    h.append("<h2>Results</h2>\n");
    for (Map.Entry<String, List<SweepData.Point>> panel : panels.entrySet()) {
      Map<String, Map<String, Map<String, SweepData.Row>>> byDomain = new LinkedHashMap<>();
      List<String> columns = new ArrayList<>();
      for (SweepData.Point p : panel.getValue()) {
        String col = x.isEmpty() ? "all" : p.labels().get(x);
        columns.add(col);
        for (SweepData.Row r : p.rows()) {
          byDomain.computeIfAbsent(r.domain(), k -> new LinkedHashMap<>())
              .computeIfAbsent(r.config(), k -> new LinkedHashMap<>()).put(col, r);
        }
      }
      byDomain.forEach((domain, configs) -> table(h, panel.getKey(), domain, x, columns,
          configs));
    }
  }

  private static void table(StringBuilder h, String panel, String domain, String x,
      List<String> columns, Map<String, Map<String, SweepData.Row>> configs) {
    SweepData.Row any = configs.values().iterator().next().values().iterator().next();
    h.append("<h3>").append(esc(domain)).append(": ").append(esc(any.metric())).append(", ")
        .append(any.higherIsBetter() ? "higher" : "lower").append(" is better")
        .append(panel.isEmpty() ? "" : " [" + esc(panel) + "]").append("</h3>\n");
    h.append("<table class=\"results\">\n<tr><th>configuration \\ ").append(esc(x))
        .append("</th>");
    columns.forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
    h.append("</tr>\n");
    configs.forEach((config, cells) -> {
      h.append("<tr><td>").append(esc(config)).append("</td>");
      for (String c : columns) {
        SweepData.Row r = cells.get(c);
        h.append("<td>").append(r == null ? "" : esc(cell(r))).append("</td>");
      }
      h.append("</tr>\n");
    });
    h.append("</table>\n");
  }

  private static String cell(SweepData.Row r) {
    String ratio = r.config().equals(r.baseline()) ? "baseline" : r.ratio().isPresent()
        ? String.format(Locale.ROOT, "%.3f", r.ratio().getAsDouble()) : "n/a";
    return Texts.value(r.mean(), r.unit()) + " \u00b1 " + Texts.value(r.ci95(), r.unit()) + " ("
        + ratio + ")";
  }

  private static String esc(String s) {
    return HtmlPage.esc(s);
  }
}
