package org.hvsched.harness.tck;

import java.util.List;
import org.hvsched.api.Domain;
import org.hvsched.api.PolicyProvider;
import org.hvsched.api.settings.ResolvedSettings;
import org.hvsched.core.Simulation;
import org.hvsched.core.random.Distribution;
import org.hvsched.core.stats.RunOutcome;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InterferenceClass;

/**
 * The fixed scenarios of the share checks: always-busy domains (bursts of 1 ms of compute work)
 * measured over one second after a warm-up of 200 ms, with the engine's checks on.
 */
final class FixedScenarios {
  private static final long DURATION_NS = 1_200_000_000L;
  private static final long WARMUP_NS = 200_000_000L;
  private static final KitWorkload BUSY = new KitWorkload.CpuBound(
      new Distribution.Const(1_000_000), InterferenceClass.COMPUTE);

  private FixedScenarios() {}

  /** A measured ratio of two times, with what it is for messages. */
  record Ratio(String what, long numeratorNs, long denominatorNs) {
    double value() {
      return (double) numeratorNs / denominatorNs;
    }

    @Override
    public String toString() {
      return what + ": " + numeratorNs + "ns / " + denominatorNs + "ns = " + value();
    }
  }

  /**
   * Domains of weight 256 and 512, one busy vCPU each, on one CPU: both pinned to CPU 0 of a
   * {@code 1x2x2} host when {@code pin}, else alone on a one-CPU host ({@code 1x1x1}).
   */
  static Ratio weightShares(PolicyProvider provider, ResolvedSettings settings, boolean pin) {
    ScenarioBuilder b = new ScenarioBuilder(1, pin ? "1x2x2" : "1x1x1", false);
    CpuSet one = CpuSet.of(0);
    Domain light = b.domain("light", 1, 256, 0, one, "light", "pool0");
    b.vcpus(light, BUSY);
    Domain heavy = b.domain("heavy", 1, 512, 0, one, "heavy", "pool0");
    b.vcpus(heavy, BUSY);
    RunOutcome out = run(b.build(DURATION_NS, WARMUP_NS), provider, settings);
    return new Ratio("cpuNs of weight 512 over weight 256", out.domains().get(1).cpuNs(),
        out.domains().get(0).cpuNs());
  }

  /**
   * A busy domain capped at 50 on a {@code 1x2x2} host: with one vCPU alone, and with two
   * vCPUs beside an uncapped busy domain of two vCPUs. Each ratio is the capped domain's
   * {@code cpuNs} over the measured time (one CPU's worth).
   */
  static List<Ratio> capShares(PolicyProvider provider, ResolvedSettings settings) {
    ScenarioBuilder alone = new ScenarioBuilder(1, "1x2x2", false);
    alone.vcpus(alone.domain("capped", 1, 256, 50, alone.topology().online(), "capped",
        "pool0"), BUSY);
    ScenarioBuilder shared = new ScenarioBuilder(2, "1x2x2", false);
    shared.vcpus(shared.domain("capped", 2, 256, 50, shared.topology().online(), "capped",
        "pool0"), BUSY);
    shared.vcpus(shared.domain("free", 2, 256, 0, shared.topology().online(), "free",
        "pool0"), BUSY);
    RunOutcome a = run(alone.build(DURATION_NS, WARMUP_NS), provider, settings);
    RunOutcome s = run(shared.build(DURATION_NS, WARMUP_NS), provider, settings);
    return List.of(
        new Ratio("one vCPU capped at 50, alone", a.domains().get(0).cpuNs(), a.measuredNs()),
        new Ratio("two vCPUs capped at 50 beside a busy domain", s.domains().get(0).cpuNs(),
            s.measuredNs()));
  }

  private static RunOutcome run(KitScenario scenario, PolicyProvider provider,
      ResolvedSettings settings) {
    return Simulation.run(scenario.spec(provider, settings, TraceSink.NONE, true));
  }
}
