package org.hvsched.harness.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;
import org.hvsched.core.stats.HostStats;
import org.hvsched.core.stats.IsolationReport;
import org.hvsched.core.stats.PairExposure;
import org.hvsched.harness.run.DomainResult;
import org.hvsched.harness.run.RunResult;
import org.hvsched.harness.workload.Latencies;
import org.hvsched.harness.workload.Metric;

/**
 * The compact table {@code hvsched run} prints: a title line, one row per domain (CPU share of
 * the host, work done, wake-up latency p50/p99, share of its tasks' time spent waiting, primary
 * metric), then host lines (utilisation, forced and reserved idle, context switches, migrations)
 * and the isolation auditor's guest/guest and guest/host exposure.
 */
public final class RunTable {
  private static final String[] HEAD = {"domain", "vcpus", "cpu share", "work", "wake p50",
      "wake p99", "wait", "primary metric"};

  private RunTable() {}

  /** The table, each line ending with {@code \n}. */
  public static String render(RunResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s%s: %s%s, SMT %s, seed %d, measured %s%s%n",
        r.scenario(), r.config().map(c -> " [" + c + "]").orElse(""), r.policy(),
        r.settings().isEmpty() ? "" : " (" + RunResultCsv.settings(r.settings()) + ")", r.smt(),
        r.seed(), time(r.durationNs()),
        r.warmupNs() > 0 ? " after " + time(r.warmupNs()) + " warm-up" : "").replace("\r", ""));
    List<String[]> rows = new ArrayList<>();
    rows.add(HEAD);
    for (DomainResult d : r.domains()) {
      rows.add(row(r, d));
    }
    appendAligned(sb, rows);
    host(sb, r.host(), r.durationNs());
    isolation(sb, r.isolation());
    return sb.toString();
  }

  private static String[] row(RunResult r, DomainResult d) {
    Histogram h = d.stats().wakeLatency();
    long capacity = (long) r.host().cpus() * r.durationNs();
    long taskTime = (long) d.tasks() * r.durationNs();
    Metric m = d.primary();
    return new String[] {d.name(), Integer.toString(d.vcpus()),
        pct(d.stats().cpuNs(), capacity), time(d.stats().workNs()), time(Latencies.at(h, 50)),
        time(Latencies.at(h, 99)), pct(d.stats().waitNs(), taskTime),
        m.name() + " " + metric(m)};
  }

  private static void host(StringBuilder sb, HostStats h, long durationNs) {
    long capacity = (long) h.cpus() * durationNs;
    double seconds = durationNs / 1e9;
    sb.append(String.format(Locale.ROOT, "host: %d CPUs, utilisation %s (host work %s),"
        + " idle %s, forced idle %s, reserved idle %s%n", h.cpus(), pct(h.busyNs(), capacity),
        pct(h.hostWorkNs() + h.switchNs() + h.rendezvousNs(), capacity), pct(h.idleNs(), capacity),
        pct(h.forcedIdleNs(), capacity), pct(h.reservedIdleNs(), capacity)));
    sb.append(String.format(Locale.ROOT, "      context switches %d (%.0f/s), migrations %d"
        + " (%.0f/s)%n", h.contextSwitches(), h.contextSwitches() / seconds, h.migrations(),
        h.migrations() / seconds));
  }

  private static void isolation(StringBuilder sb, IsolationReport i) {
    sb.append(String.format(Locale.ROOT, "isolation (claim %s): guest/guest %s in %d windows"
        + " (longest %s, in switch windows %s), guest/host %s%n", i.claim(),
        time(i.guestGuestNs()), i.windows(), time(i.longestWindowNs()), time(i.transitionNs()),
        time(i.guestHostNs())));
    for (PairExposure p : i.byPair()) {
      sb.append(String.format(Locale.ROOT, "  %s / %s: %s in %d windows%n", p.a(), p.b(),
          time(p.ns()), p.windows()));
    }
    i.violation().ifPresent(v -> sb.append("  FAILED: ").append(v.describe()).append('\n'));
  }

  private static void appendAligned(StringBuilder sb, List<String[]> rows) {
    int[] width = new int[HEAD.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        line.append(c == 0 ? "" : "  ");
        boolean left = c == 0 || c == row.length - 1;
        String pad = " ".repeat(width[c] - row[c].length());
        line.append(left ? row[c] + pad : pad + row[c]);
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
  }

  /** A metric for people: times in ns scaled, others with their unit. */
  static String metric(Metric m) {
    if (m.unit().equals("ns")) {
      return time(Math.round(m.value()));
    }
    String unit = m.unit().isEmpty() ? "" : " " + m.unit();
    return String.format(Locale.ROOT, "%.1f%s", m.value(), unit).replace(" %", "%");
  }

  /** A time with 3 significant digits: {@code 812ns}, {@code 12.3us}, {@code 4.50s}. */
  static String time(long ns) {
    if (Math.abs(ns) < 1_000) {
      return ns + "ns";
    }
    String[] units = {"us", "ms", "s"};
    double v = ns;
    int u = -1;
    while (u < 2 && Math.abs(v) >= 1_000) {
      v /= 1_000;
      u++;
    }
    String digits = Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 10 ? "%.1f" : "%.2f";
    return String.format(Locale.ROOT, digits + "%s", v, units[u]);
  }

  private static String pct(long part, long whole) {
    return whole == 0 ? "0.0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
