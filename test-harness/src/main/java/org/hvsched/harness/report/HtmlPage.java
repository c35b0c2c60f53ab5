package org.hvsched.harness.report;

import java.util.List;
import java.util.Locale;
import org.hvsched.harness.compare.Comparison;
import org.hvsched.harness.compare.TableRows;
import org.hvsched.harness.compare.Texts;

/**
 * {@code index.html}: the verdicts, the results table, and every chart as an {@code <img>} of
 * its SVG (with a link to the PNG), all by relative paths, so the page works from
 * {@code file://} with no server and its bytes do not depend on the folder's name. A small
 * inline script, run on the page's load event, lists every image with its natural width in a
 * hidden {@code <pre id="image-check">} (what the end-to-end test reads from headless
 * Chromium's DOM dump).
 */
final class HtmlPage {
  private HtmlPage() {}

  static final String STYLE = String.join("\n",
      "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em;color:#222;max-width:1100px}",
      "table{border-collapse:collapse;margin:0.5em 0 1.5em}",
      "th,td{border:1px solid #ccc;padding:3px 8px;text-align:right}",
      "th:first-child,td:first-child{text-align:left}",
      "th{background:#f0f0f0}",
      "tr.baseline td{background:#f8f8f8}",
      "td.broken{color:#b00;font-weight:bold}",
      "figure{margin:1em 0}",
      "img{max-width:100%;height:auto;border:1px solid #eee}",
      "figcaption{font-size:90%;color:#555}");

  static final String SCRIPT = String.join("\n",
      "window.addEventListener('load', function () {",
      "  var lines = [];",
      "  var images = document.images;",
      "  for (var i = 0; i < images.length; i++) {",
      "    lines.push(images[i].getAttribute('src') + ' ' + images[i].naturalWidth);",
      "  }",
      "  var pre = document.createElement('pre');",
      "  pre.id = 'image-check';",
      "  pre.hidden = true;",
      "  pre.textContent = 'images ' + images.length + '\\n' + lines.join('\\n');",
      "  document.body.appendChild(pre);",
      "});");

  /** The page of {@code c} showing {@code charts} (their files under {@code charts/}). */
  static String of(Comparison c, List<ChartFile> charts) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<title>hvsched compare: ").append(esc(c.scenario())).append("</title>\n");
    h.append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
    h.append("<h1>hvsched compare: ").append(esc(c.scenario())).append("</h1>\n");
    h.append("<p>").append(esc(c.tool())).append(", ").append(c.configs().size())
        .append(" configurations x ").append(c.seeds().size()).append(" seeds (")
        .append(esc(seeds(c))).append("). Files: <a href=\"results.json\">results.json</a>, ")
        .append("<a href=\"results.csv\">results.csv</a>.</p>\n");
    if (c.seeds().size() == 1) {
      h.append("<p>One seed: the 95% confidence intervals are 0.</p>\n");
    }
    verdicts(h, c);
    h.append("<h2>Results</h2>\n<p>Mean over seeds with the 95% confidence interval (Student"
        + " t); ratio = mean / mean of the family's baseline, as reported. Exposure: mean per run"
        + " over all domains. Idle: mean per run caused by the domain.</p>\n");
    for (TableRows.Block b : TableRows.of(c)) {
      table(h, b);
    }
    violations(h, c);
    h.append("<h2>Charts</h2>\n");
    for (ChartFile f : charts) {
      h.append("<figure><img src=\"charts/").append(f.name()).append(".svg\" width=\"")
          .append(f.width()).append("\" height=\"").append(f.height()).append("\" alt=\"")
          .append(esc(f.title())).append("\"><figcaption>").append(esc(f.title()))
          .append(" (<a href=\"charts/").append(f.name()).append(".png\">PNG</a>, <a href=\"")
          .append("charts/").append(f.name()).append(".svg\">SVG</a>)</figcaption></figure>\n");
    }
    h.append("<script>\n").append(SCRIPT).append("\n</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void verdicts(StringBuilder h, Comparison c) {
    h.append("<h2>Verdicts</h2>\n<p>Summarising ")
        .append(esc(Texts.joinAnd(c.verdicts().domains()))).append(".</p>\n<ul id=\"verdicts\">\n");
    c.verdicts().lines().forEach(v -> h.append("<li>").append(esc(v)).append("</li>\n"));
    h.append("</ul>\n");
  }

  private static void table(StringBuilder h, TableRows.Block b) {
    h.append("<h3>").append(esc(b.domain())).append(": ").append(esc(b.metric())).append(", ")
        .append(b.higherIsBetter() ? "higher" : "lower").append(" is better</h3>\n");
    h.append("<table class=\"results\">\n<tr><th>configuration</th><th>mean</th>"
        + "<th>95% CI</th><th>ratio</th><th>claim</th><th>guest/guest</th><th>guest/host</th>"
        + "<th>forced idle</th><th>reserved idle</th></tr>\n");
    for (TableRows.Row r : b.rows()) {
      h.append(r.baseline() ? "<tr class=\"baseline\">" : "<tr>");
      cell(h, r.config());
      cell(h, Texts.value(r.stats().mean(), b.unit()));
      rawCell(h, "&plusmn; " + esc(Texts.value(r.stats().ci95(), b.unit())));
      cell(h, r.baseline() ? "1 (baseline)" : r.ratio().isPresent()
          ? String.format(Locale.ROOT, "%.3f", r.ratio().getAsDouble()) : "n/a");
      h.append(r.violated() ? "<td class=\"broken\">" : "<td>").append(esc(r.claim()))
          .append(r.violated() ? " (broken)" : "").append("</td>");
      cell(h, Texts.duration(r.guestGuestNs()));
      cell(h, Texts.duration(r.guestHostNs()));
      cell(h, Texts.duration(r.forcedIdleNs()));
      cell(h, Texts.duration(r.reservedIdleNs()));
      h.append("</tr>\n");
    }
    h.append("</table>\n");
  }

  private static void violations(StringBuilder h, Comparison c) {
    if (c.violations().isEmpty()) {
      return;
    }
    h.append("<h2>Broken isolation claims</h2>\n<ul id=\"violations\">\n");
    c.violations().forEach(v -> h.append("<li>").append(esc(v)).append("</li>\n"));
    h.append("</ul>\n");
  }

  private static void cell(StringBuilder h, String text) {
    rawCell(h, esc(text));
  }

  private static void rawCell(StringBuilder h, String html) {
    h.append("<td>").append(html).append("</td>");
  }

  private static String seeds(Comparison c) {
    return org.hvsched.harness.compare.ComparisonTable.seedText(c.seeds());
  }

  /** HTML text escaping. */
  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
