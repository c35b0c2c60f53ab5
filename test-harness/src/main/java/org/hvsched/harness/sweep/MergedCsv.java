package org.hvsched.harness.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code merged.csv}: one row per point, configuration and domain, with the point's axis values
 * first (one column per axis, named by its key) and then the figures of compare's summary:
 * {@code config, family, baseline, policy, smt, seeds, domain, metric, unit, higherIsBetter,
 * mean, ci95, ratioToBaseline, guestGuestNs.mean, guestGuestNs.max, guestHostNs.mean,
 * guestHostNs.max}. Numbers are spelled as in {@code merged.json}; an undefined ratio is empty.
 * Points with runs missing have no rows. RFC 4180 quoting, LF line ends.
 */
final class MergedCsv {
  static final List<String> COLUMNS = List.of("config", "family", "baseline", "policy", "smt",
      "seeds", "domain", "metric", "unit", "higherIsBetter", "mean", "ci95", "ratioToBaseline",
      "guestGuestNs.mean", "guestGuestNs.max", "guestHostNs.mean", "guestHostNs.max");

  private final BufferedWriter out;

  MergedCsv(BufferedWriter out, List<String> axes) throws IOException {
    this.out = out;
    List<String> header = new ArrayList<>(axes);
    header.addAll(COLUMNS);
    line(header);
  }

  /** The rows of {@code p}. */
  void rows(MergedPoint p) throws IOException {
    if (p.comparison().isEmpty()) {
      return;
    }
    JsonNode point = p.json();
    String seeds = Integer.toString(point.path("seeds").size());
    for (JsonNode c : point.path("configs")) {
      JsonNode iso = c.path("isolation");
      for (JsonNode s : c.path("summary")) {
        List<String> cells = new ArrayList<>(p.labels().values());
        cells.addAll(List.of(c.path("name").asText(), c.path("family").asText(),
            c.path("baseline").asText(), c.path("policy").asText(), c.path("smt").asText(),
            seeds, s.path("domain").asText(), s.path("metric").asText(),
            s.path("unit").asText(), s.path("higherIsBetter").asText(),
            s.path("mean").asText(), s.path("ci95").asText(),
            s.path("ratioToBaseline").isNull() ? "" : s.path("ratioToBaseline").asText(),
            iso.path("guestGuestNs").path("mean").asText(),
            iso.path("guestGuestNs").path("max").asText(),
            iso.path("guestHostNs").path("mean").asText(),
            iso.path("guestHostNs").path("max").asText()));
        line(cells);
      }
    }
  }

  private void line(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(escape(cells.get(i)));
    }
    out.write('\n');
  }

  /** RFC 4180 quoting where needed (as compare's {@code ResultsCsv}). */
  static String escape(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
      return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
    return cell;
  }
}
