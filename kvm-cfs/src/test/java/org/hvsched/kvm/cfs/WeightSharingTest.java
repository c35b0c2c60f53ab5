package org.hvsched.kvm.cfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.hvsched.api.Task;
import org.hvsched.kvm.cfs.fair.Runqueues;
import org.hvsched.kvm.cfs.testutil.Behavior;
import org.hvsched.kvm.cfs.testutil.FakeHost;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Analytic checks of proportional sharing: CPU hogs on one CPU get CPU time in the ratio of
 * their weights, for nice levels (1024:335) and for VM cgroup weights, in both fair classes.
 * Tolerance: 1.5 percentage points of the CPU over 10 s (preemption happens at 4 ms ticks).
 */
final class WeightSharingTest {
  private static final long DURATION_NS = 10_000_000_000L;
  private static final double TOLERANCE = 0.015;

  @ParameterizedTest
  @ValueSource(strings = {"kvm.cfs", "kvm.eevdf"})
  void niceZeroVersusNiceFive_oneCpu_shareByWeights1024To335(String policy) {
    FakeHost h = FakeHost.builder("1x1x1").policy(policy, Map.of())
        .vm("vm1", 2, 256, 0, null, Behavior.HOG).build();
    Runqueues rqs = ((CfsPolicy) h.policy()).runqueues();
    Task nice5 = h.tasks().get(1);
    rqs.setNice(rqs.task(nice5), 5);
    h.run(DURATION_NS);
    double share = (double) h.cpuNs(nice5) / DURATION_NS;
    assertThat(share).isCloseTo(335.0 / (1024 + 335), within(TOLERANCE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"kvm.cfs", "kvm.eevdf"})
  void vmWeights256And512_sharedCpu_splitOneToTwo(String policy) {
    for (String cgroup : new String[] {"v1", "v2"}) {
      FakeHost h = FakeHost.builder("1x2x1").policy(policy, Map.of("cgroup", cgroup))
          .vm("small", 1, 256, 0, "0", Behavior.HOG)
          .vm("big", 1, 512, 0, "0", Behavior.HOG).build();
      h.run(DURATION_NS);
      assertThat((double) h.cpuNs("big") / DURATION_NS).as(cgroup)
          .isCloseTo(2.0 / 3, within(TOLERANCE));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"kvm.cfs", "kvm.eevdf"})
  void vmWithFourVcpusVersusVmWithOne_sharedCpu_splitByVmNotByThread(String policy) {
    FakeHost h = FakeHost.builder("1x1x1").policy(policy, Map.of())
        .vm("wide", 4, 256, 0, null, Behavior.HOG)
        .vm("narrow", 1, 256, 0, null, Behavior.HOG).build();
    h.run(DURATION_NS);
    assertThat((double) h.cpuNs("narrow") / DURATION_NS).isCloseTo(0.5, within(TOLERANCE));
  }
}
