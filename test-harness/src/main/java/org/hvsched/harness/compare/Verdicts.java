package org.hvsched.harness.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The verdict lines of a comparison, one per configuration, family by family (docs/compare.md).
 *
 * <p><b>Which domains.</b> A verdict summarises the <em>foreground</em> domains: those whose
 * primary metric is not {@code work} (the metric of {@code cpu-hog} and {@code cpu-bound}, the
 * background loads of the standard study). When every domain is a background load, all domains
 * are summarised. {@link #domains} lists them.
 *
 * <p><b>Slower and faster.</b> For configurations C and X and a domain d with means
 * {@code mC} and {@code mX} of its primary metric, {@code r = mC / mX} (as ratioToBaseline) and
 * the change of C against X is {@code r - 1} when higher is better (throughput, bandwidth, work)
 * and {@code 1 - r} when lower is better (makespan, latency): positive means C is faster. A
 * domain with {@code mX = 0} is left out. The verdict's change is the arithmetic mean of the
 * domains' changes; {@code p = round(|change| x 100)} gives "p% faster than X" (change &gt; 0),
 * "p% slower than X" (change &lt; 0), or "on par with X" (p = 0). So a makespan ratio of 1.19
 * reads "19% slower", a throughput ratio of 0.81 reads "19% slower", a makespan ratio of 0.63
 * reads "37% faster".
 *
 * <p><b>Lines.</b> Families are taken in matrix order, led by their baseline B: "B is the
 * baseline, with EXPOSURE". Each other member C of the family (matrix order) is compared with B,
 * then with each member listed before it: "C is 19% slower than B and 37% faster than D, with
 * EXPOSURE". EXPOSURE is "zero cross-VM exposure" when no run of C had guest/guest overlap, else
 * "N of cross-VM exposure per run" (the mean guest/guest time), followed by "despite its
 * isolation claim" when a run broke C's claim.
 */
public final class Verdicts {
  private final List<String> lines;
  private final List<String> domains;

  private Verdicts(List<String> lines, List<String> domains) {
    this.lines = List.copyOf(lines);
    this.domains = List.copyOf(domains);
  }

  /** The verdict lines, in order. */
  public List<String> lines() {
    return lines;
  }

  /** The domains the verdicts summarise, scenario order. */
  public List<String> domains() {
    return domains;
  }

  /** The verdicts of {@code results} (matrix order). */
  public static Verdicts of(List<ConfigResult> results) {
    List<String> domains = foreground(results.get(0).summary());
    List<String> lines = new ArrayList<>();
    for (ConfigResult root : results) {
      if (!root.config().isBaseline()) {
        continue;
      }
      lines.add(root.config().name() + " is the baseline, " + exposure(root));
      List<ConfigResult> earlier = new ArrayList<>();
      for (ConfigResult c : results) {
        if (c.config().isBaseline() || !c.config().baseline().equals(root.config().name())) {
          continue;
        }
        List<String> parts = new ArrayList<>();
        parts.add(against(c, root, domains));
        earlier.forEach(e -> parts.add(against(c, e, domains)));
        lines.add(c.config().name() + " is " + Texts.joinAnd(parts) + ", " + exposure(c));
        earlier.add(c);
      }
    }
    return new Verdicts(lines, domains);
  }

  /** Foreground domains of a summary (see the class comment). */
  static List<String> foreground(List<DomainSummary> summary) {
    List<String> fg = summary.stream().filter(s -> !s.metric().equals("work"))
        .map(DomainSummary::domain).toList();
    return fg.isEmpty() ? summary.stream().map(DomainSummary::domain).toList() : fg;
  }

  /** "19% slower than X", "37% faster than X" or "on par with X". */
  static String against(ConfigResult c, ConfigResult x, List<String> domains) {
    Optional<Double> change = change(c, x, domains);
    String name = x.config().name();
    if (change.isEmpty()) {
      return "not comparable with " + name + " (its metric is 0)";
    }
    long percent = Math.round(Math.abs(change.get()) * 100);
    if (percent == 0) {
      return "on par with " + name;
    }
    return percent + "% " + (change.get() > 0 ? "faster" : "slower") + " than " + name;
  }

  /** Mean change of {@code c} against {@code x} over {@code domains}; positive = faster. */
  static Optional<Double> change(ConfigResult c, ConfigResult x, List<String> domains) {
    double sum = 0;
    int n = 0;
    for (String d : domains) {
      Optional<DomainSummary> sc = c.summaryOf(d);
      Optional<DomainSummary> sx = x.summaryOf(d);
      if (sc.isEmpty() || sx.isEmpty() || sx.get().stats().mean() == 0) {
        continue;
      }
      double r = sc.get().stats().mean() / sx.get().stats().mean();
      sum += sc.get().higherIsBetter() ? r - 1 : 1 - r;
      n++;
    }
    return n == 0 ? Optional.empty() : Optional.of(sum / n);
  }

  /** "with zero cross-VM exposure" or "with 1.23 ms of cross-VM exposure per run ...". */
  static String exposure(ConfigResult c) {
    IsolationSummary iso = c.isolation();
    if (iso.guestGuestNs().max() == 0) {
      return "with zero cross-VM exposure";
    }
    return "with " + Texts.duration(iso.guestGuestNs().mean()) + " of cross-VM exposure per run"
        + (iso.violations().isEmpty() ? "" : " despite its isolation claim");
  }
}
