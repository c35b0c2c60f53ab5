package org.hvsched.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hvsched.api.Policies;
import org.hvsched.core.Simulation;
import org.hvsched.core.stats.HostStats;
import org.hvsched.core.stats.RunOutcome;
import org.hvsched.core.stats.TaskStats;
import org.hvsched.core.workload.Step;
import org.hvsched.core.workload.TaskProgram;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InterferenceClass;
import org.junit.jupiter.api.Test;

/** A per-thread policy's decisions cost exactly an IPI and a context switch (hand-checked). */
final class PerThreadMappingTest {

  /** Computes {@code workNs} once, then is done. */
  static TaskProgram once(long workNs, InterferenceClass cls) {
    boolean[] started = {false};
    return nowNs -> {
      if (started[0]) {
        return Step.DONE;
      }
      started[0] = true;
      return new Step.Compute(workNs, cls);
    };
  }

  @Test
  void oneTaskOneCpu_oneMsOfWork_waitsIpiPlusSwitchThenRunsOneMs() {
    HandSpec h = new HandSpec("1x1x1").costs(HandSpec.costs(2_000, 1_000));
    h.task("a", 256, CpuSet.of(0), once(1_000_000, InterferenceClass.COMPUTE));
    SwitchLog log = new SwitchLog();
    RunOutcome out = Simulation.run(h.spec(Policies.byId("basic.rr"), Map.of(), 2_000_000, 0,
        log));

    // woken at 0, the resched IPI lands at 1 us, the switch ends at 3 us, the work at 1.003 ms
    TaskStats a = out.tasks().get(0);
    assertThat(a.cpuNs()).isEqualTo(1_000_000);
    assertThat(a.waitNs()).isEqualTo(3_000);
    assertThat(a.blockedNs()).isEqualTo(997_000);
    assertThat(a.workNs()).isEqualTo(1_000_000);
    assertThat(a.contextSwitches()).isEqualTo(1);
    assertThat(a.wakeLatency().getTotalCount()).isEqualTo(1);
    assertThat(a.wakeLatency().valuesAreEquivalent(a.wakeLatency().getMaxValue(), 3_000))
        .as("wake latency 3 us, at the histogram's resolution").isTrue();
    HostStats host = out.host();
    assertThat(host.busyNs()).isEqualTo(1_002_000);
    assertThat(host.switchNs()).isEqualTo(2_000);
    assertThat(host.idleNs()).isEqualTo(998_000);
    assertThat(log.switches).containsExactly("3000 cpu0 idle R -> a/vcpu0",
        "1003000 cpu0 a/vcpu0 S -> idle");
  }

  @Test
  void twoTasksOneCpu_secondWaitsForFirstAndTwoSwitches() {
    HandSpec h = new HandSpec("1x1x1").costs(HandSpec.costs(2_000, 1_000));
    h.task("a", 256, CpuSet.of(0), once(1_000_000, InterferenceClass.COMPUTE));
    h.task("b", 256, CpuSet.of(0), once(1_000_000, InterferenceClass.COMPUTE));
    RunOutcome out = Simulation.run(h.spec(Policies.byId("basic.rr"), Map.of("sliceUs", 10_000),
        3_000_000, 0, new SwitchLog()));

    // a: 1 us IPI + 2 us switch, runs to 1.003 ms; b: switch 1.003-1.005 ms, runs to 2.005 ms
    assertThat(out.tasks()).extracting(TaskStats::cpuNs, TaskStats::waitNs)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1_000_000L, 3_000L),
            org.assertj.core.groups.Tuple.tuple(1_000_000L, 1_005_000L));
    assertThat(out.host().switchNs()).isEqualTo(4_000);
    assertThat(out.host().busyNs()).isEqualTo(2_004_000);
  }
}
