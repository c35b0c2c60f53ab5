package org.hvsched.kvm.cfs.coresched;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.hvsched.api.Task;
import org.hvsched.api.TaskKind;
import org.hvsched.kvm.cfs.CfsPolicy;
import org.hvsched.kvm.cfs.fair.Runqueues;
import org.hvsched.kvm.cfs.testutil.Behavior;
import org.hvsched.kvm.cfs.testutil.FakeHost;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The core-wide pick: siblings never run different cookies in the policy's view (checked after
 * every event by the policy's invariants) and overlap on the host only inside IPI windows; a
 * sibling with nothing compatible is forced idle and the time is charged to the task beside it
 * ({@code core_forceidle_sum}); untagged tasks pair only with untagged ones, as upstream.
 */
final class CoreWidePickTest {
  private static final long DURATION_NS = 2_000_000_000L;
  private static final long IPI_NS = 1000;

  private static FakeHost.Builder core(String policy, String coreSched) {
    return FakeHost.builder("1x1x2").ipiNs(IPI_NS).policy(policy, Map.of("coreSched", coreSched));
  }

  @ParameterizedTest
  @ValueSource(strings = {"kvm.cfs", "kvm.eevdf"})
  void twoTaggedVmsPinnedToSiblings_alternateWithForcedIdle(String policy) {
    FakeHost h = core(policy, "vcpus")
        .vm("vm1", 1, 256, 0, "0", Behavior.HOG)
        .vm("vm2", 1, 256, 0, "1", Behavior.HOG).build();
    h.run(DURATION_NS);
    // one of the two threads is always forced idle; each VM runs half the time
    assertThat((double) h.cpuNs("vm1") / DURATION_NS).isCloseTo(0.5, within(0.02));
    assertThat((double) h.forcedIdleNs() / DURATION_NS).isCloseTo(1.0, within(0.01));
    long switches = DURATION_NS / 1_000_000;
    assertThat(h.exposureNs()).isLessThanOrEqualTo(switches * IPI_NS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"kvm.cfs", "kvm.eevdf"})
  void forcedIdle_isChargedToTheTasksThatRanBesideIt(String policy) {
    FakeHost h = core(policy, "vcpus")
        .vm("vm1", 1, 256, 0, "0", Behavior.HOG)
        .vm("vm2", 1, 256, 0, "1", Behavior.HOG).build();
    h.run(DURATION_NS);
    Runqueues rqs = ((CfsPolicy) h.policy()).runqueues();
    long charged = 0;
    for (Task t : h.tasks()) {
      long sum = rqs.task(t).forceIdleSumNs();
      assertThat(sum).as(t.name()).isCloseTo(h.cpuNs(t), within(DURATION_NS / 50));
      charged += sum;
    }
    assertThat(charged).isCloseTo(h.forcedIdleNs(), within(DURATION_NS / 50));
  }

  @ParameterizedTest
  @ValueSource(strings = {"kvm.cfs", "kvm.eevdf"})
  void sameVmOnBothSiblings_runsTogetherWithoutForcedIdle(String policy) {
    FakeHost h = core(policy, "vcpus").vm("vm1", 2, 256, 0, null, Behavior.HOG).build();
    h.run(DURATION_NS);
    assertThat(h.cpuNs("vm1")).isGreaterThan(2 * DURATION_NS - 10 * IPI_NS);
    assertThat(h.forcedIdleNs()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"kvm.cfs", "kvm.eevdf"})
  void untaggedThreadsOfTwoVms_vcpusMode_shareTheCoreAndAreExposed(String policy) {
    FakeHost h = core(policy, "vcpus")
        .vm("vm1", 0, 256, 0, null, Behavior.HOG)
        .thread("vm1", "emulator", TaskKind.EMULATOR, Behavior.HOG)
        .vm("vm2", 0, 256, 0, null, Behavior.HOG)
        .thread("vm2", "emulator", TaskKind.EMULATOR, Behavior.HOG).build();
    h.run(DURATION_NS);
    assertThat(h.forcedIdleNs()).isZero();
    assertThat((double) h.exposureNs() / DURATION_NS).isGreaterThan(0.99);
  }

  @ParameterizedTest
  @ValueSource(strings = {"kvm.cfs", "kvm.eevdf"})
  void untaggedEmulatorBesideTaggedVcpu_neverRunTogether(String policy) {
    FakeHost h = core(policy, "vcpus")
        .vm("vm1", 1, 256, 0, "0", Behavior.HOG)
        .vm("vm2", 0, 256, 0, "1", Behavior.HOG)
        .thread("vm2", "emulator", TaskKind.EMULATOR, Behavior.HOG).build();
    h.run(DURATION_NS);
    assertThat(h.exposureNs()).isLessThanOrEqualTo(DURATION_NS / 1_000_000 * IPI_NS);
    assertThat((double) h.forcedIdleNs() / DURATION_NS).isCloseTo(1.0, within(0.01));
  }

  @ParameterizedTest
  @ValueSource(strings = {"kvm.cfs", "kvm.eevdf"})
  void noCoreScheduling_twoVmsShareTheCore_exposedAlways(String policy) {
    FakeHost h = core(policy, "none")
        .vm("vm1", 1, 256, 0, "0", Behavior.HOG)
        .vm("vm2", 1, 256, 0, "1", Behavior.HOG).build();
    h.run(DURATION_NS);
    assertThat(h.forcedIdleNs()).isZero();
    assertThat((double) h.exposureNs() / DURATION_NS).isGreaterThan(0.99);
  }

  @ParameterizedTest
  @ValueSource(strings = {"kvm.cfs"}) // the pick is shared; CFS's order makes the case occur
  void untaggedMax_siblingWithOnlyTaggedBest_idlesDespiteQueuedUntagged(String policy) {
    // cpu0: an untagged emulator thread of vm1; cpu1: a tagged vCPU of vm2 and an untagged
    // emulator thread of vm2. When cpu0's untagged task wins the core, cpu1 may run only an
    // untagged task, but sched_core_find looks only at tagged tasks: if cpu1's own best is the
    // tagged vCPU, cpu1 is forced idle although its untagged emulator is runnable.
    FakeHost h = core(policy, "vcpus")
        .vm("vm1", 0, 256, 0, "0", Behavior.HOG)
        .thread("vm1", "emulator", TaskKind.EMULATOR, Behavior.HOG)
        .vm("vm2", 1, 256, 0, "1", Behavior.HOG)
        .thread("vm2", "emulator", TaskKind.EMULATOR, Behavior.HOG).build().logging();
    h.run(DURATION_NS);
    assertThat(h.log()).anyMatch(l -> l.contains("untagged max, tagged siblings forced idle")
        && l.contains("cpu=1, next=ForcedIdle"));
    // the two untagged emulator threads do share the core: that exposure is what vcpus leaves
    assertThat(h.exposureNs()).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"kvm.cfs", "kvm.eevdf"})
  void forcedIdleCpu_stealsAQueuedTaskWithTheCoreCookie(String policy) {
    FakeHost h = FakeHost.builder("1x2x2").ipiNs(IPI_NS)
        .policy(policy, Map.of("coreSched", "vcpus"))
        .vm("vm1", 3, 256, 0, null, Behavior.sleepRun(5_000_000, 2_000_000))
        .vm("vm2", 2, 256, 0, null, Behavior.sleepRun(3_000_000, 1_000_000))
        .build().logging();
    h.run(DURATION_NS);
    assertThat(h.log()).anyMatch(l -> l.contains("core-pick: stole a task, then cookie"));
    assertThat(h.exposureNs()).isLessThanOrEqualTo(DURATION_NS / 1_000_000 * IPI_NS);
  }
}
