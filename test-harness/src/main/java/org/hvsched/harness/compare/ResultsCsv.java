package org.hvsched.harness.compare;

/**
 * {@code results.csv}: the run-result CSV of spec.md section 4 (one row per domain, columns named
 * as the JSON fields, {@code config} filled in) for every run of the comparison, by configuration
 * (matrix order), then seed, then domain, under one header. LF line ends.
 */
public final class ResultsCsv {
  private ResultsCsv() {}

  /** The CSV text of {@code c}. */
  public static String text(Comparison c) {
    StringBuilder out = new StringBuilder();
    out.append(c.configs().get(0).runs().get(0).csvHeader()).append('\n');
    for (ConfigResult r : c.configs()) {
      for (RunRecord run : r.runs()) {
        run.csvRows().forEach(row -> out.append(row).append('\n'));
      }
    }
    return out.toString();
  }
}
