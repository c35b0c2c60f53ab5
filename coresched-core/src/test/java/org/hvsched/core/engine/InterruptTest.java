package org.hvsched.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hvsched.api.Policies;
import org.hvsched.api.Task;
import org.hvsched.core.HostCosts;
import org.hvsched.core.Simulation;
import org.hvsched.core.ThreadState;
import org.hvsched.core.random.Distribution;
import org.hvsched.core.stats.RunOutcome;
import org.hvsched.core.stats.TaskStats;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.core.workload.Step;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InterferenceClass;
import org.junit.jupiter.api.Test;

/**
 * Host interrupts are host work: they count in {@code hostWorkNs}, expose a guest on the
 * sibling (guest/host), stop the interrupted task's progress and slow its sibling's, all exactly
 * as the thread states in the trace say ({@code 1x1x2}, one busy task on CPU 0, 10,000
 * interrupts of 5 us per second on each CPU).
 */
final class InterruptTest {
  private static final long DURATION_NS = 100_000_000L;

  /** Thread states of CPUs 0 and 1 as (time, cpu, state) changes. */
  private static final class States implements TraceSink {
    final List<long[]> changes = new ArrayList<>();

    @Override
    public void threadState(long nowNs, int cpu, ThreadState state, Task task, String trust) {
      changes.add(new long[] {nowNs, cpu, state.ordinal()});
    }
  }

  @Test
  void interruptLoad_hostWorkGuestHostAndProgress_matchTheThreadStates() {
    HandSpec h = new HandSpec("1x1x2").costs(new HostCosts(2_000, 1_000, 1_000, 10_000,
        new Distribution.Const(5_000)));
    h.task("a", 256, CpuSet.of(0), now -> new Step.Compute(1_000_000_000L,
        InterferenceClass.COMPUTE));
    States states = new States();
    RunOutcome out = Simulation.run(h.spec(Policies.byId("basic.rr"), Map.of(), DURATION_NS, 0,
        states));

    long[] hostNs = new long[2];
    long guestBesideHostNs = 0;
    double expectedWork = 0;
    int[] state = {ThreadState.IDLE.ordinal(), ThreadState.IDLE.ordinal()};
    long last = 0;
    List<long[]> changes = new ArrayList<>(states.changes);
    changes.add(new long[] {DURATION_NS, -1, 0});
    for (long[] c : changes) {
      long dt = c[0] - last;
      boolean guest0 = state[0] == ThreadState.GUEST.ordinal();
      boolean host0 = state[0] == ThreadState.HOST.ordinal();
      boolean host1 = state[1] == ThreadState.HOST.ordinal();
      hostNs[0] += host0 ? dt : 0;
      hostNs[1] += host1 ? dt : 0;
      if (guest0 && host1) {
        guestBesideHostNs += dt;
      }
      if (guest0) {
        expectedWork += dt * (host1 ? 0.75 : 1.0);   // compute beside host work (mixed)
      }
      last = c[0];
      if (c[1] >= 0) {
        state[(int) c[1]] = (int) c[2];
      }
    }
    long hostWork = out.host().hostWorkNs();
    // about 2 CPUs x 10,000/s x 0.1 s x 5 us = 10 ms
    assertThat(hostWork).isBetween(8_500_000L, 11_500_000L);
    assertThat(hostNs[0] + hostNs[1]).as("host state = interrupts + the one switch")
        .isEqualTo(hostWork + out.host().switchNs());
    assertThat(out.isolation().guestHostNs()).isEqualTo(guestBesideHostNs).isPositive();
    TaskStats a = out.tasks().get(0);
    assertThat((double) a.workNs()).isCloseTo(expectedWork, within(1.0));
    assertThat(a.cpuNs()).as("interrupted time stays the task's CPU time (architecture.md)")
        .isEqualTo(DURATION_NS - 3_000);
    assertThat(a.workNs()).isLessThan(a.cpuNs());
  }
}
