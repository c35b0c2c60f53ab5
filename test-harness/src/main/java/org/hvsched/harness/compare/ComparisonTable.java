package org.hvsched.harness.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table {@code hvsched compare} prints: per domain, a row per configuration with the primary
 * metric as mean +- 95% CI and ratio to baseline, the exposure columns (guest/guest and
 * guest/host, all domains, mean per run), and the domain's forced and reserved idle; then the
 * verdict lines.
 */
public final class ComparisonTable {
  private ComparisonTable() {}

  private static final String[] HEADER = {"configuration", "mean +- 95% CI", "ratio", "claim",
    "guest/guest", "guest/host", "forced idle", "reserved idle"};

  /** The table's lines. */
  public static List<String> lines(Comparison c) {
    List<String> out = new ArrayList<>();
    int seeds = c.seeds().size();
    out.add(String.format(Locale.ROOT, "scenario %s: %d configuration%s x %d seed%s (%s)",
        c.scenario(), c.configs().size(), c.configs().size() == 1 ? "" : "s", seeds,
        seeds == 1 ? "" : "s", seedText(c.seeds())));
    if (seeds == 1) {
      out.add("one seed: the 95% confidence intervals are 0 (use --seeds N, N >= 2, for"
          + " intervals)");
    }
    for (TableRows.Block b : TableRows.of(c)) {
      out.add("");
      out.add(String.format("%s: %s, %s is better", b.domain(), b.metric(),
          b.higherIsBetter() ? "higher" : "lower"));
      List<String[]> cells = new ArrayList<>();
      cells.add(HEADER);
      for (TableRows.Row r : b.rows()) {
        cells.add(cells(b, r));
      }
      out.addAll(align(cells));
    }
    out.add("");
    out.add("exposure: mean per run over all domains; idle: mean per run caused by the domain");
    out.add("verdicts (summarising " + Texts.joinAnd(c.verdicts().domains()) + "):");
    c.verdicts().lines().forEach(v -> out.add("  " + v));
    return out;
  }

  private static String[] cells(TableRows.Block b, TableRows.Row r) {
    String ratio = r.baseline() ? "1 (base)" : r.ratio().isPresent()
        ? String.format(Locale.ROOT, "%.3f", r.ratio().getAsDouble()) : "n/a";
    return new String[] {r.config(),
        Texts.value(r.stats().mean(), b.unit()) + " +- " + Texts.value(r.stats().ci95(), b.unit()),
        ratio, r.claim() + (r.violated() ? " BROKEN" : ""), Texts.duration(r.guestGuestNs()),
        Texts.duration(r.guestHostNs()), Texts.duration(r.forcedIdleNs()),
        Texts.duration(r.reservedIdleNs())};
  }

  private static List<String> align(List<String[]> rows) {
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    List<String> out = new ArrayList<>();
    for (String[] row : rows) {
      StringBuilder s = new StringBuilder(" ");
      for (int i = 0; i < row.length; i++) {
        s.append(' ').append(row[i]).append(" ".repeat(width[i] - row[i].length() + 1));
      }
      out.add(s.toString().stripTrailing());
    }
    return out;
  }

  /** {@code seed 7}, or {@code seeds 1-5} (seeds are consecutive). */
  public static String seedText(List<Long> seeds) {
    if (seeds.size() == 1) {
      return "seed " + seeds.get(0);
    }
    return "seeds " + seeds.get(0) + "-" + seeds.get(seeds.size() - 1);
  }
}
