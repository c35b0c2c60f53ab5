package org.hvsched.harness.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hvsched.api.Domain;
import org.hvsched.api.Task;
import org.hvsched.api.TaskKind;
import org.hvsched.core.ThreadState;
import org.hvsched.harness.tck.RunObserver.Breach;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.SyntheticSpec;
import org.hvsched.topology.Topology;
import org.junit.jupiter.api.Test;

/** The trace observer finds each breach and measures episodes and waits from calls alone. */
final class RunObserverTest {
  private static final Topology HOST = SyntheticSpec.parse("1x2x1");
  private static final Domain D = new Domain(0, "vm", 2, 256, 0, HOST.online(), HOST.online(),
      "vm", "pool0");
  private static final Task A = new Task(0, "vm/vcpu0", D, TaskKind.VCPU, 0, 1, 1, 1,
      HOST.online(), HOST.online());
  private static final Task B = new Task(1, "vm/vcpu1", D, TaskKind.VCPU, 1, 2, 1, 1,
      CpuSet.of(0), CpuSet.of(0));

  private static RunObserver observer() {
    RunObserver o = new RunObserver(0, 10_000);
    o.begin(HOST, List.of(A, B));
    return o;
  }

  @Test
  void blockedTaskSwitchedIn_breach() {
    RunObserver o = observer();
    o.sched_switch(10, 0, null, true, A);
    assertThat(o.breach(Breach.BLOCKED_RUNS)).get().asString().contains("blocked task vm/vcpu0");
  }

  @Test
  void taskOnTwoCpus_breach() {
    RunObserver o = observer();
    o.sched_waking(5, A, -1);
    o.sched_switch(10, 0, null, true, A);
    o.sched_switch(20, 1, null, true, A);
    assertThat(o.breach(Breach.ONE_CPU)).get().asString().contains("while running on CPU 0");
  }

  @Test
  void outsideAffinity_breach() {
    RunObserver o = observer();
    o.sched_waking(5, B, -1);
    o.sched_switch(10, 1, null, true, B);
    assertThat(o.breach(Breach.AFFINITY)).get().asString().contains("outside its hard affinity");
  }

  @Test
  void switchFromWhatTheCpuDidNotRun_traceBreach() {
    RunObserver o = observer();
    o.sched_waking(5, A, -1);
    o.sched_switch(10, 0, A, true, null);
    assertThat(o.breach(Breach.TRACE)).get().asString().contains("but ran idle");
  }

  @Test
  void idleCpuBesideWaitingTask_episodeAndWaitMeasured() {
    RunObserver o = observer();
    o.sched_waking(100, A, -1);
    o.sched_waking(100, B, -1);
    o.threadState(103, 0, ThreadState.GUEST, B, "vm");
    o.sched_switch(103, 0, null, true, B);
    // CPU 1 (idle) could run A from 103 on: an episode until A gets there at 2,103
    o.threadState(2_103, 1, ThreadState.GUEST, A, "vm");
    o.sched_switch(2_103, 1, null, true, A);
    o.end(10_000);
    assertThat(o.longestIdleEpisode()).get().extracting(RunObserver.IdleEpisode::cpu,
        RunObserver.IdleEpisode::startNs, RunObserver.IdleEpisode::lengthNs)
        .containsExactly(1, 100L, 2_003L);
    assertThat(o.longestWait()).get().extracting(RunObserver.Wait::task,
        RunObserver.Wait::lengthNs).containsExactly("vm/vcpu0", 2_003L);
    assertThat(o.cpuNs(0)).isEqualTo(10_000 - 2_103);
    assertThat(o.stateNs(ThreadState.IDLE)).isEqualTo(103 + 2_103);
    assertThat(o.breaches()).isEmpty();
  }
}
