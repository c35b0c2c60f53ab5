package org.hvsched.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hvsched.api.Policies;
import org.hvsched.api.PolicyProvider;
import org.hvsched.api.settings.ResolvedSettings;
import org.hvsched.core.Simulation;
import org.hvsched.core.SimulationSpec;
import org.hvsched.core.stats.RunOutcome;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.harness.bench.BenchScenarios;
import org.hvsched.harness.bench.BenchScenarios.Size;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine: one whole simulation per operation (the scenario's default simulated time), for
 * each policy and scenario. Besides runs per second, JMH reports the auxiliary rates
 * {@code events} (engine events per second) and {@code simulatedMs} (simulated milliseconds per
 * wall second). Policies ids are those of {@code Policies.all()}; pass
 * {@code -p policy=ID} to choose.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class EngineThroughput {

  @Param({"basic.rr", "basic.gang", "xen.credit2", "kvm.cfs"})
  String policy;

  @Param({"SMALL", "MEDIUM", "LARGE"})
  Size scenario;

  private PolicyProvider provider;
  private ResolvedSettings settings;
  private long seed;

  /** Events and simulated time, reported by JMH as rates. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    public long events;
    public long simulatedMs;

    @Setup(Level.Iteration)
    public void reset() {
      events = 0;
      simulatedMs = 0;
    }
  }

  @Setup
  public void setUp() {
    boolean known = Policies.all().stream().anyMatch(p -> p.id().equals(policy));
    if (!known) {
      throw new IllegalStateException("policy " + policy + " is not on the class path; known: "
          + Policies.all().stream().map(PolicyProvider::id).toList());
    }
    provider = Policies.byId(policy);
    settings = provider.resolve(Map.of());
  }

  @Benchmark
  public RunOutcome run(Counters counters) {
    long durationNs = scenario.defaultDurationNs();
    SimulationSpec spec = BenchScenarios.spec(scenario, provider, settings, durationNs, ++seed,
        TraceSink.NONE);
    RunOutcome out = Simulation.run(spec);
    counters.events += out.events();
    counters.simulatedMs += durationNs / 1_000_000;
    return out;
  }
}
