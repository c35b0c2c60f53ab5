package org.hvsched.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hvsched.api.Policies;
import org.hvsched.core.Simulation;
import org.hvsched.core.stats.RunOutcome;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InterferenceClass;
import org.hvsched.topology.SmtModel;
import org.junit.jupiter.api.Test;

/**
 * Work on sibling threads progresses at the {@link SmtModel}'s speed, and finish times are
 * recomputed when a sibling stops (hand-checked on {@code 1x1x2} with {@code basic.rr}: both
 * tasks start running at 3 us, after the 1 us IPI and the 2 us switch).
 */
final class SmtSpeedTest {

  private static SwitchLog run(long workA, InterferenceClass clsA, long workB,
      InterferenceClass clsB) {
    HandSpec h = new HandSpec("1x1x2").costs(HandSpec.costs(2_000, 1_000));
    h.task("a", 256, CpuSet.of(0), PerThreadMappingTest.once(workA, clsA));
    h.task("b", 256, CpuSet.of(1), PerThreadMappingTest.once(workB, clsB));
    SwitchLog log = new SwitchLog();
    RunOutcome out = Simulation.run(h.spec(Policies.byId("basic.rr"), Map.of(), 3_000_000, 0,
        log));
    assertThat(out.tasks().get(0).workNs()).isEqualTo(workA);
    assertThat(out.tasks().get(1).workNs()).isEqualTo(workB);
    return log;
  }

  @Test
  void twoMemoryStreams_halfSpeedEach_thenFullSpeedWhenTheSiblingStops() {
    // memory beside memory runs at 0.5: b's 250 us take 500 us (done at 503 us), by when a has
    // done 250 us of its 500; alone at 1.0 a finishes the other 250 us at 753 us
    SwitchLog log = run(500_000, InterferenceClass.MEMORY, 250_000, InterferenceClass.MEMORY);
    assertThat(log.switches).contains("503000 cpu1 b/vcpu0 S -> idle",
        "753000 cpu0 a/vcpu0 S -> idle");
  }

  @Test
  void twoComputeTasks_pairSpeed0point6_finishTogether() {
    // compute beside compute runs at 0.6: 600 us of work take 1 ms (0.6 is not a binary
    // fraction; the engine rounds finish times up to the next ns and absorbs the residue)
    SwitchLog log = run(600_000, InterferenceClass.COMPUTE, 600_000, InterferenceClass.COMPUTE);
    assertThat(log.switches).contains("1003000 cpu0 a/vcpu0 S -> idle",
        "1003000 cpu1 b/vcpu0 S -> idle");
  }

  @Test
  void computeBesideMemory_0point9Each() {
    // compute beside memory and memory beside compute both run at 0.9: 450 us take 500 us
    SwitchLog log = run(450_000, InterferenceClass.COMPUTE, 450_000, InterferenceClass.MEMORY);
    assertThat(log.switches).contains("503000 cpu0 a/vcpu0 S -> idle",
        "503000 cpu1 b/vcpu0 S -> idle");
  }
}
