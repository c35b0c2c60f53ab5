package org.hvsched.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hvsched.api.Policies;
import org.hvsched.core.Simulation;
import org.hvsched.core.stats.RunOutcome;
import org.hvsched.core.stats.TaskStats;
import org.hvsched.core.workload.Step;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InterferenceClass;
import org.junit.jupiter.api.Test;

/**
 * The warm-up is excluded from every measurement: a run of 10 ms with 4 ms of warm-up measures
 * 6 ms, and what happened before 4 ms (a's wake-up, IPI and switch) leaves no trace in it
 * ({@code 1x2x1}, {@code basic.rr}).
 */
final class WarmupTest {

  @Test
  void warmup4msOf10_measuresOnlyTheLast6ms() {
    HandSpec h = new HandSpec("1x2x1").costs(HandSpec.costs(2_000, 1_000));
    h.task("a", 256, CpuSet.of(0), now -> new Step.Compute(1_000_000_000L,
        InterferenceClass.COMPUTE));
    int[] step = {0};
    h.task("b", 256, CpuSet.of(1), now -> switch (step[0]++) {
      case 0 -> new Step.Sleep(5_000_000);
      case 1 -> new Step.Compute(1_000_000, InterferenceClass.COMPUTE);
      default -> Step.DONE;
    });
    RunOutcome out = Simulation.run(h.spec(Policies.byId("basic.rr"), Map.of(), 10_000_000,
        4_000_000, new SwitchLog()));

    assertThat(out.measuredNs()).isEqualTo(6_000_000);
    TaskStats a = out.tasks().get(0);
    assertThat(a.cpuNs()).isEqualTo(6_000_000);
    assertThat(a.workNs()).isEqualTo(6_000_000);
    assertThat(a.waitNs()).isZero();
    assertThat(a.contextSwitches()).as("switched in during the warm-up").isZero();
    assertThat(a.wakeLatency().getTotalCount()).isZero();
    TaskStats b = out.tasks().get(1);
    assertThat(b.waitNs()).isEqualTo(3_000);
    assertThat(b.cpuNs()).isEqualTo(1_000_000);
    assertThat(b.blockedNs()).isEqualTo(6_000_000 - 1_003_000);
    assertThat(b.contextSwitches()).isEqualTo(1);
    assertThat(b.wakeLatency().getTotalCount()).isEqualTo(1);
    assertThat(out.host().switchNs()).as("only b's switch, at 5.001 ms").isEqualTo(2_000);
    assertThat(out.host().busyNs()).isEqualTo(6_000_000 + 1_002_000);
    assertThat(out.host().busyNs() + out.host().idleNs()).isEqualTo(2 * 6_000_000);
  }
}
