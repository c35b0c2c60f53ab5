package org.hvsched.harness.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code results.csv}: one row per configuration, seed and domain, with the names of the JSON
 * (spec.md section 4): {@code config, family, baseline, seed, policy, smt}, then the domain's
 * fields ({@code name} as {@code domain}; nested objects as dotted names such as
 * {@code wakeLatency.p50Ns}; the primary metric as {@code metric, value, unit,
 * higherIsBetter}). Columns are the union over all rows in order of first appearance; a field a
 * domain does not have (request fields of a batch workload) is empty. LF line ends.
 */
public final class ResultsCsv {
  private ResultsCsv() {}

  /** The CSV text of {@code c}. */
  public static String text(Comparison c) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (ConfigResult r : c.configs()) {
      for (RunRecord run : r.runs()) {
        for (JsonNode domain : run.json().path("domains")) {
          rows.add(row(r.config(), run, domain));
        }
      }
    }
    Set<String> columns = new LinkedHashSet<>();
    rows.forEach(row -> columns.addAll(row.keySet()));
    StringBuilder out = new StringBuilder();
    out.append(line(new ArrayList<>(columns)));
    for (Map<String, String> row : rows) {
      List<String> cells = new ArrayList<>();
      columns.forEach(col -> cells.add(row.getOrDefault(col, "")));
      out.append(line(cells));
    }
    return out.toString();
  }

  private static Map<String, String> row(Configuration c, RunRecord run, JsonNode domain) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("config", c.name());
    row.put("family", c.family());
    row.put("baseline", c.baseline());
    row.put("seed", Long.toString(run.seed()));
    row.put("policy", run.json().path("policy").asText());
    row.put("smt", run.json().path("smt").asText());
    domain.fields().forEachRemaining(e -> {
      String key = e.getKey();
      JsonNode v = e.getValue();
      if (key.equals("name")) {
        row.put("domain", v.asText());
      } else if (key.equals("metrics")) {
        JsonNode m = v.path(0);
        row.put("metric", m.path("name").asText());
        row.put("value", m.path("value").asText());
        row.put("unit", m.path("unit").asText());
        row.put("higherIsBetter", m.path("higherIsBetter").asText());
      } else if (v.isObject()) {
        v.fields().forEachRemaining(s -> row.put(key + "." + s.getKey(), s.getValue().asText()));
      } else if (!v.isArray()) {
        row.put(key, v.asText());
      }
    });
    return row;
  }

  private static String line(List<String> cells) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        s.append(',');
      }
      s.append(escape(cells.get(i)));
    }
    return s.append('\n').toString();
  }

  /** RFC 4180 quoting where needed. */
  static String escape(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
      return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
    return cell;
  }
}
