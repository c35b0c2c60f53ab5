package org.hvsched.kvm.cfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.hvsched.kvm.cfs.testutil.Behavior;
import org.hvsched.kvm.cfs.testutil.FakeHost;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The domain cap becomes the VM group's cpu.max: a capped VM of CPU hogs gets cap% of one CPU
 * per period, within 2 percentage points of one CPU over 5 s (a CPU notices an empty runtime at
 * its next tick, and the overrun is paid back the next period), and no more when CPUs are free.
 */
final class BandwidthTest {
  private static final long DURATION_NS = 5_000_000_000L;

  @ParameterizedTest(name = "{0} cap {1} with {2} vCPUs on {3}")
  @CsvSource({
    "kvm.cfs, 50, 2, 1x2x1",
    "kvm.cfs, 150, 4, 1x4x1",
    "kvm.cfs, 30, 1, 1x1x2",
    "kvm.eevdf, 50, 2, 1x2x1",
    "kvm.eevdf, 150, 4, 1x4x1"
  })
  void cappedHogs_freeCpus_getCapPercentOfOneCpu(String policy, int cap, int vcpus,
      String topo) {
    FakeHost h = FakeHost.builder(topo).policy(policy, Map.of())
        .vm("capped", vcpus, 256, cap, null, Behavior.HOG).build();
    h.run(DURATION_NS);
    assertThat((double) h.cpuNs("capped") / DURATION_NS).isCloseTo(cap / 100.0, within(0.02));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"kvm.cfs", "kvm.eevdf"})
  void cappedAndUncappedOnOneCpu_uncappedTakesTheRest(String policy) {
    FakeHost h = FakeHost.builder("1x1x1").policy(policy, Map.of())
        .vm("capped", 1, 256, 20, null, Behavior.HOG)
        .vm("free", 1, 256, 0, null, Behavior.HOG).build();
    h.run(DURATION_NS);
    assertThat((double) h.cpuNs("capped") / DURATION_NS).isCloseTo(0.20, within(0.02));
    assertThat((double) h.cpuNs("free") / DURATION_NS).isCloseTo(0.80, within(0.02));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"kvm.cfs"})
  void shortPeriod_capUnderOneMillisecondOfQuota_isRejected(String policy) {
    assertThatThrownBy(() -> FakeHost.builder("1x1x1")
        .policy(policy, Map.of("cfsPeriodUs", 1000))
        .vm("capped", 1, 256, 50, null, Behavior.HOG).build())
        .hasMessageContaining("capped").hasMessageContaining("1000 us");
  }
}
