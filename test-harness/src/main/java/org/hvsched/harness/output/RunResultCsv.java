package org.hvsched.harness.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.hvsched.core.stats.DomainStats;
import org.hvsched.harness.run.DomainResult;
import org.hvsched.harness.run.RunResult;
import org.hvsched.harness.workload.Latencies;
import org.hvsched.harness.workload.Metric;

/**
 * The run-result CSV: one row per domain, columns named as the JSON fields (nested ones dotted:
 * {@code wakeLatency.p50Ns}); the run's identity first, the primary metric last
 * ({@code metric.*}). Request and makespan cells are empty where the JSON has no such field.
 * RFC 4180 quoting, {@code \n} line ends; integers for every {@code ...Ns} column.
 */
public final class RunResultCsv {
  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("scenario", "config", "policy",
      "settings", "smt", "seed", "durationNs", "warmupNs", "name", "trust", "vcpus", "tasks",
      "cpuNs", "waitNs", "parkedNs", "blockedNs", "workNs", "forcedIdleNs", "reservedIdleNs",
      "contextSwitches", "migrations", "wakeLatency.p50Ns", "wakeLatency.p99Ns",
      "wakeLatency.p999Ns", "wakeLatency.maxNs", "p50Ns", "p99Ns", "p999Ns", "opsPerSec",
      "makespanNs", "metric.name", "metric.value", "metric.unit", "metric.higherIsBetter");

  private RunResultCsv() {}

  /** The header line (no line end). */
  public static String header() {
    return String.join(",", COLUMNS);
  }

  /** One line per domain (no line ends). */
  public static List<String> rows(RunResult r) {
    List<String> out = new ArrayList<>();
    for (DomainResult d : r.domains()) {
      out.add(row(r, d).stream().map(RunResultCsv::quote).collect(Collectors.joining(",")));
    }
    return out;
  }

  /** Header and rows, each line ending with {@code \n}. */
  public static String toCsv(RunResult r) {
    StringBuilder sb = new StringBuilder(header()).append('\n');
    rows(r).forEach(line -> sb.append(line).append('\n'));
    return sb.toString();
  }

  private static List<String> row(RunResult r, DomainResult d) {
    DomainStats s = d.stats();
    Histogram h = s.wakeLatency();
    Metric m = d.primary();
    List<String> c = new ArrayList<>(List.of(r.scenario(), r.config().orElse(""), r.policy(),
        settings(r.settings()), r.smt(), Long.toString(r.seed()), Long.toString(r.durationNs()),
        Long.toString(r.warmupNs()), d.name(), d.trust(), Integer.toString(d.vcpus()),
        Integer.toString(d.tasks())));
    for (long v : new long[] {s.cpuNs(), s.waitNs(), s.parkedNs(), s.blockedNs(), s.workNs(),
        s.forcedIdleNs(), s.reservedIdleNs(), s.contextSwitches(), s.migrations(),
        Latencies.at(h, 50), Latencies.at(h, 99), Latencies.at(h, 99.9), Latencies.max(h)}) {
      c.add(Long.toString(v));
    }
    if (d.requests().isPresent()) {
      var q = d.requests().get();
      c.addAll(List.of(Long.toString(q.p50Ns()), Long.toString(q.p99Ns()),
          Long.toString(q.p999Ns()), Double.toString(q.opsPerSec())));
    } else {
      c.addAll(List.of("", "", "", ""));
    }
    c.add(d.makespanNs().isPresent() ? Long.toString(d.makespanNs().getAsLong()) : "");
    c.addAll(List.of(m.name(), RunResultJson.isInteger(m) ? Long.toString((long) m.value())
        : Double.toString(m.value()), m.unit(), Boolean.toString(m.higherIsBetter())));
    return c;
  }

  /** Settings as {@code name=value} pairs separated by {@code ;}, in declaration order. */
  static String settings(Map<String, Object> settings) {
    return settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(";"));
  }

  /** RFC 4180: quote a cell with a comma, quote or line break; double inner quotes. */
  static String quote(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
