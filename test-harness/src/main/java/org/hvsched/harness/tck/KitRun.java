package org.hvsched.harness.tck;

import java.util.List;
import java.util.Optional;
import org.hvsched.api.PolicyProvider;
import org.hvsched.api.settings.ResolvedSettings;
import org.hvsched.core.Simulation;
import org.hvsched.core.stats.RunOutcome;
import org.hvsched.core.trace.CompositeTraceSink;

/**
 * One scenario run by the kit: with the engine's invariant checks after every event
 * ({@code validate}), the {@link RunObserver} and the {@link TraceHasher} on its trace. A run
 * that throws is kept with its failure, so every check can report it.
 *
 * @param scenario what ran
 * @param outcome the results, or null when the run failed
 * @param failure what the run threw, or null
 * @param observer the observer's findings (up to the failure, if any)
 * @param traceHash SHA-256 of the trace event stream
 * @param traceCalls number of trace calls hashed
 */
public record KitRun(KitScenario scenario, RunOutcome outcome, Throwable failure,
    RunObserver observer, String traceHash, long traceCalls) {

  /** Runs {@code scenario} under {@code provider} with {@code settings}. */
  public static KitRun of(KitScenario scenario, PolicyProvider provider,
      ResolvedSettings settings) {
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
    return new KitRun(scenario, outcome, failure, observer, hasher.hex(), hasher.calls());
  }

  /** The failure, if the run threw. */
  public Optional<Throwable> failed() {
    return Optional.ofNullable(failure);
  }

  /** The line every failure message starts with: seed, replay hint and scenario. */
  public String header() {
    long seed = scenario.seed();
    return "scenario seed=" + seed + " (replay with -Dhvsched.seed=" + seed + "): "
        + scenario.describe();
  }
}
