package org.hvsched.harness.tck;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.hvsched.core.ThreadState;
import org.hvsched.core.stats.HostStats;
import org.hvsched.core.stats.RunOutcome;
import org.hvsched.core.stats.TaskStats;
import org.hvsched.harness.tck.RunObserver.Breach;

/**
 * The per-run checks of the suite: each returns what is wrong with one run, or nothing. A run
 * that threw fails every check (the invariants check shows its stack trace).
 */
final class KitChecks {
  private KitChecks() {}

  /** What the checks look at: the results (null when the run threw), the failure, the trace. */
  record Facts(RunOutcome outcome, Throwable failure, RunObserver observer) {}

  /** The limits of the checks with a tolerance. */
  record Limits(long slackNs, long starvationBoundNs) {}

  /** Every check's finding on one run, by check. */
  static java.util.Map<KitRun.Check, String> all(Facts run, Limits limits) {
    java.util.Map<KitRun.Check, String> out = new java.util.EnumMap<>(KitRun.Check.class);
    invariants(run).ifPresent(p -> out.put(KitRun.Check.INVARIANTS, p));
    agreesWithResults(run).ifPresent(p -> out.put(KitRun.Check.RESULTS, p));
    breach(run, Breach.BLOCKED_RUNS).ifPresent(p -> out.put(KitRun.Check.BLOCKED, p));
    breach(run, Breach.AFFINITY).ifPresent(p -> out.put(KitRun.Check.AFFINITY, p));
    workConservation(run, limits.slackNs())
        .ifPresent(p -> out.put(KitRun.Check.WORK_CONSERVATION, p));
    starvation(run, limits.starvationBoundNs())
        .ifPresent(p -> out.put(KitRun.Check.STARVATION, p));
    isolation(run).ifPresent(p -> out.put(KitRun.Check.ISOLATION, p));
    return out;
  }

  /** The engine's checks (its own and the policy's, after every event) and the trace's. */
  static Optional<String> invariants(Facts run) {
    if (run.failure() != null) {
      StringWriter w = new StringWriter();
      run.failure().printStackTrace(new PrintWriter(w));
      return Optional.of("the run failed: " + w);
    }
    return run.observer().breach(Breach.ONE_CPU)
        .or(() -> run.observer().breach(Breach.TRACE))
        .map(s -> "the trace shows: " + s);
  }

  /** A breach of {@code kind} seen in the trace. */
  static Optional<String> breach(Facts run, Breach kind) {
    return failed(run).or(() -> run.observer().breach(kind));
  }

  /** The trace, integrated from outside, gives the run's own per-task, host and audit totals. */
  static Optional<String> agreesWithResults(Facts run) {
    Optional<String> failed = failed(run);
    if (failed.isPresent()) {
      return failed;
    }
    RunObserver o = run.observer();
    RunOutcome out = run.outcome();
    for (TaskStats t : out.tasks()) {
      if (o.cpuNs(t.task().id()) != t.cpuNs()) {
        return Optional.of(t.task() + ": running time in the trace " + o.cpuNs(t.task().id())
            + "ns, cpuNs in the results " + t.cpuNs() + "ns");
      }
    }
    HostStats h = out.host();
    long busy = o.stateNs(ThreadState.GUEST) + o.stateNs(ThreadState.HOST);
    String states = compare("busy", busy, h.busyNs())
        + compare("idle", o.stateNs(ThreadState.IDLE), h.idleNs())
        + compare("forcedIdle", o.stateNs(ThreadState.FORCED_IDLE), h.forcedIdleNs())
        + compare("reservedIdle", o.stateNs(ThreadState.RESERVED_IDLE), h.reservedIdleNs())
        + compare("guestGuest", o.guestGuestNs(), out.isolation().guestGuestNs());
    return states.isEmpty() ? Optional.empty()
        : Optional.of("trace and results disagree:" + states);
  }

  private static String compare(String what, long trace, long results) {
    return trace == results ? "" : " " + what + " trace=" + trace + "ns results=" + results + "ns";
  }

  /** No plain-idle thread beside a waiting task allowed there for longer than {@code slackNs}. */
  static Optional<String> workConservation(Facts run, long slackNs) {
    return failed(run).or(() -> run.observer().longestIdleEpisode()
        .filter(e -> e.lengthNs() > slackNs)
        .map(e -> "CPU " + e.cpu() + " stayed idle for " + e.lengthNs() + "ns from t="
            + e.startNs() + "ns while " + e.waitingTask() + " (allowed there) waited; slack "
            + slackNs + "ns"));
  }

  /** Every runnable task runs within {@code boundNs}. */
  static Optional<String> starvation(Facts run, long boundNs) {
    return failed(run).or(() -> run.observer().longestWait()
        .filter(w -> w.lengthNs() > boundNs)
        .map(w -> w.task() + " waited runnable for " + w.lengthNs() + "ns from t=" + w.sinceNs()
            + "ns; bound " + boundNs + "ns"));
  }

  /** No guest/guest exposure outside switch windows on a claimed core. */
  static Optional<String> isolation(Facts run) {
    return failed(run).or(() -> run.outcome().isolation().violation()
        .map(v -> v.describe() + " (claim " + run.outcome().isolation().claim() + ")"));
  }

  private static Optional<String> failed(Facts run) {
    return run.failure() == null ? Optional.empty()
        : Optional.of("the run failed (see the invariants check): " + run.failure());
  }
}
