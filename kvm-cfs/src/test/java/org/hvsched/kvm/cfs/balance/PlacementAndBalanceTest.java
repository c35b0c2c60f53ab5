package org.hvsched.kvm.cfs.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.hvsched.api.Task;
import org.hvsched.kvm.cfs.testutil.Behavior;
import org.hvsched.kvm.cfs.testutil.FakeHost;
import org.hvsched.topology.SyntheticSpec;
import org.hvsched.topology.Topology;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Wake-up placement prefers idle cores to idle siblings, and periodic/idle/active balancing
 * spreads CPU hogs that ended up on one core over the idle ones (on {@code 1x2x2} the cores are
 * {0,2} and {1,3}).
 */
final class PlacementAndBalanceTest {
  private static final Topology TOPO = SyntheticSpec.parse("1x2x2");

  private static int cpuOf(FakeHost h, Task t) {
    for (int cpu = 0; cpu < 4; cpu++) {
      if (h.occupant(cpu).task() == t) {
        return cpu;
      }
    }
    return -1;
  }

  @ParameterizedTest
  @ValueSource(strings = {"kvm.cfs", "kvm.eevdf"})
  void firstWakeups_fillIdleCoresBeforeSiblings(String policy) {
    FakeHost h = FakeHost.builder("1x2x2").policy(policy, Map.of())
        .vm("vm", 2, 256, 0, null, Behavior.HOG).build();
    h.run(10_000_000L);
    int a = cpuOf(h, h.tasks().get(0));
    int b = cpuOf(h, h.tasks().get(1));
    assertThat(a).isNotNegative();
    assertThat(b).isNotNegative();
    assertThat(TOPO.coreOf(a)).isNotEqualTo(TOPO.coreOf(b));
  }

  @ParameterizedTest
  @ValueSource(strings = {"kvm.cfs", "kvm.eevdf"})
  void twoHogsLeftOnOneCore_areSpreadOverBothCores(String policy) {
    // wake order puts C on cpu0, A on cpu1 (idle core), D on cpu2, B on cpu3: A and B share
    // core {1,3}; after 20 ms C and D sleep for 10 s and core {0,2} is idle
    Behavior shortThenSleep = Behavior.sleepRun(20_000_000, 10_000_000_000L);
    FakeHost h = FakeHost.builder("1x2x2").policy(policy, Map.of())
        .vm("c", 1, 256, 0, null, shortThenSleep)
        .vm("a", 1, 256, 0, null, Behavior.HOG)
        .vm("d", 1, 256, 0, null, shortThenSleep)
        .vm("b", 1, 256, 0, null, Behavior.HOG).build();
    List<Task> t = h.tasks();
    h.run(10_000_000L);
    assertThat(TOPO.coreOf(cpuOf(h, t.get(1)))).isEqualTo(TOPO.coreOf(cpuOf(h, t.get(3))));
    h.run(1_000_000_000L);
    int a = cpuOf(h, t.get(1));
    int b = cpuOf(h, t.get(3));
    assertThat(a).isNotNegative();
    assertThat(b).isNotNegative();
    assertThat(TOPO.coreOf(a)).isNotEqualTo(TOPO.coreOf(b));
  }

  @ParameterizedTest
  @ValueSource(strings = {"kvm.cfs", "kvm.eevdf"})
  void overloadedCpu_sharesItsQueueWithIdleCpus(String policy) {
    // eight hogs on four CPUs end up two per CPU, each with half a CPU
    FakeHost h = FakeHost.builder("1x2x2").policy(policy, Map.of())
        .vm("vm", 8, 256, 0, null, Behavior.HOG).build();
    h.run(2_000_000_000L);
    for (Task t : h.tasks()) {
      assertThat((double) h.cpuNs(t) / 2_000_000_000L).as(t.name()).isBetween(0.40, 0.60);
    }
  }
}
