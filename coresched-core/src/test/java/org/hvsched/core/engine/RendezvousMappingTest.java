package org.hvsched.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hvsched.api.Policies;
import org.hvsched.core.Simulation;
import org.hvsched.core.stats.RunOutcome;
import org.hvsched.core.stats.TaskStats;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InterferenceClass;
import org.junit.jupiter.api.Test;

/**
 * A core-wide decision ({@code basic.gang} on {@code 1x1x2}) costs the rendezvous exactly, and
 * the sibling its one-vCPU unit leaves empty is reserved idle (hand-checked).
 */
final class RendezvousMappingTest {

  private static RunOutcome run(long sliceUs, SwitchLog log) {
    HandSpec h = new HandSpec("1x1x2").costs(HandSpec.costs(2_000, 1_000));
    h.task("a", 256, CpuSet.of(0), PerThreadMappingTest.once(1_000_000,
        InterferenceClass.COMPUTE));
    return Simulation.run(h.spec(Policies.byId("basic.gang"), Map.of("sliceUs", sliceUs),
        2_000_000, 0, log));
  }

  @Test
  void oneVcpuOnSmtCore_rendezvousThenReservedSibling() {
    SwitchLog log = new SwitchLog();
    RunOutcome out = run(10_000, log);

    // wake at 0 -> resched IPI lands on cpu0 at 1 us (it arrives at once), cpu1 arrives at
    // 2 us, decision at 2 + 1 (rendezvous) = 3 us, both leave after the 2 us switch at 5 us;
    // a runs to 1.005 ms, blocks: cpu0 arrives at once, cpu1 at 1.006, decision (idle) 1.007
    TaskStats a = out.tasks().get(0);
    assertThat(a.cpuNs()).isEqualTo(1_000_000);
    assertThat(a.waitNs()).isEqualTo(5_000);
    assertThat(out.host().rendezvousNs()).isEqualTo(4_000 + 3_000 + 2_000 + 1_000);
    assertThat(out.host().switchNs()).isZero();
    assertThat(out.host().reservedIdleNs()).isEqualTo(1_006_000 - 5_000);
    assertThat(out.domains().get(0).reservedIdleNs()).isEqualTo(1_001_000);
    assertThat(out.host().busyNs()).isEqualTo(1_000_000 + 10_000);
    assertThat(out.host().idleNs()).isEqualTo(4_000_000 - 1_010_000 - 1_001_000);
    assertThat(log.switches).containsExactly("5000 cpu0 idle R -> a/vcpu0",
        "1005000 cpu0 a/vcpu0 S -> idle");
  }

  @Test
  void sliceEndsMidBurst_rendezvousKeepsTheGangWithoutSwitch() {
    SwitchLog log = new SwitchLog();
    RunOutcome out = run(1_000, log);

    // the slice (set at 3 us) ends at 1.003 ms: cpu0 arrives at once, cpu1 at 1.004, the same
    // gang is chosen at 1.005 and nothing switches; a's last 2 us of work end at 1.007, then
    // the block's rendezvous: cpu0 at 1.007, cpu1 at 1.008, decision at 1.009
    TaskStats a = out.tasks().get(0);
    assertThat(a.cpuNs()).isEqualTo(1_000_000);
    assertThat(a.waitNs()).isEqualTo(5_000 + 2_000);
    assertThat(a.contextSwitches()).isEqualTo(2);
    assertThat(out.host().rendezvousNs()).isEqualTo(7_000 + 3_000 + 3_000);
    assertThat(out.host().reservedIdleNs()).isEqualTo(999_000 + 3_000);
    assertThat(log.switches).containsExactly("5000 cpu0 idle R -> a/vcpu0",
        "1003000 cpu0 a/vcpu0 R -> idle", "1005000 cpu0 idle R -> a/vcpu0",
        "1007000 cpu0 a/vcpu0 S -> idle");
  }
}
