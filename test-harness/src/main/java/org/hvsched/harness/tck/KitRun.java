package org.hvsched.harness.tck;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hvsched.api.PolicyProvider;
import org.hvsched.api.settings.ResolvedSettings;
import org.hvsched.core.Simulation;
import org.hvsched.core.stats.RunOutcome;
import org.hvsched.core.trace.CompositeTraceSink;

/**
 * One scenario run by the kit: with the engine's invariant checks after every event
 * ({@code validate}), the {@link RunObserver} and the {@link TraceHasher} on its trace. Every
 * check is evaluated at once and only its findings are kept (results hold histograms, and a
 * batch may hold thousands of runs); a run that throws fails every check.
 *
 * @param scenario what ran
 * @param problems what each failing check found, by check
 * @param claims true when the run's policy instances claim isolation of some cores
 * @param traceHash SHA-256 of the trace event stream
 * @param traceCalls number of trace calls hashed
 */
public record KitRun(KitScenario scenario, Map<Check, String> problems, boolean claims,
    String traceHash, long traceCalls) {

  /** The per-run checks. */
  public enum Check {
    INVARIANTS, RESULTS, BLOCKED, AFFINITY, WORK_CONSERVATION, STARVATION, ISOLATION
  }

  public KitRun {
    problems = Map.copyOf(problems);
  }

  /** Runs {@code scenario} under {@code provider} with {@code settings}, judged by {@code limits}. */
  static KitRun of(KitScenario scenario, PolicyProvider provider, ResolvedSettings settings,
      KitChecks.Limits limits) {
    RunObserver observer = new RunObserver(scenario.warmupNs(), scenario.durationNs());
    TraceHasher hasher = new TraceHasher();
    CompositeTraceSink sink = new CompositeTraceSink(List.of(observer, hasher));
    RunOutcome outcome = null;
    Throwable failure = null;
    try {
      outcome = Simulation.run(scenario.spec(provider, settings, sink, true));
    } catch (RuntimeException | AssertionError | StackOverflowError e) {
      failure = e;
    }
    boolean claims = outcome != null && !outcome.isolation().claim().equals("none");
    return new KitRun(scenario, KitChecks.all(new KitChecks.Facts(outcome, failure, observer),
        limits), claims, hasher.hex(), hasher.calls());
  }

  /** What {@code check} found, if anything. */
  public Optional<String> problem(Check check) {
    return Optional.ofNullable(problems.get(check));
  }

  /** True when the run itself threw. */
  public boolean failed() {
    return problems.containsKey(Check.INVARIANTS)
        && problems.get(Check.INVARIANTS).startsWith("the run failed");
  }

  /** The line every failure message starts with: seed, replay hint and scenario. */
  public String header() {
    long seed = scenario.seed();
    return "scenario seed=" + seed + " (replay with -Dhvsched.seed=" + seed + "): "
        + scenario.describe();
  }
}
