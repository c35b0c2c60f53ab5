package org.hvsched.kvm.cfs.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hvsched.kvm.cfs.CfsPolicy;
import org.hvsched.kvm.cfs.testutil.Behavior;
import org.hvsched.kvm.cfs.testutil.FakeHost;
import org.junit.jupiter.api.Test;

/**
 * The tunables scale with the pool's online CPUs as {@code get_update_sysctl_factor()} does;
 * SMT off halves the online count and may lower the factor.
 */
final class TunablesTest {

  @Test
  void logScaling_factorPerCpuCount() {
    int[] expected = {0, 1, 2, 2, 3, 3, 3, 3, 4, 4, 4};
    for (int cpus = 1; cpus <= 10; cpus++) {
      assertThat(Tunables.factor(TunableScaling.LOG, cpus)).as("%s cpus", cpus)
          .isEqualTo(expected[cpus]);
    }
    assertThat(Tunables.factor(TunableScaling.LINEAR, 64)).isEqualTo(8);
    assertThat(Tunables.factor(TunableScaling.NONE, 64)).isEqualTo(1);
  }

  @Test
  void scaled_eightCpus_gives24And3And4Ms() {
    Tunables t = Tunables.scaled(TunableScaling.LOG, 8, 6_000_000, 750_000, 1_000_000, 750_000,
        500_000, 250);
    assertThat(t.latencyNs()).isEqualTo(24_000_000);
    assertThat(t.minGranularityNs()).isEqualTo(3_000_000);
    assertThat(t.wakeupGranularityNs()).isEqualTo(4_000_000);
    assertThat(t.baseSliceNs()).isEqualTo(3_000_000);
    assertThat(t.nrLatency()).isEqualTo(8);
    assertThat(t.migrationCostNs()).isEqualTo(500_000);
    assertThat(t.tickNs()).isEqualTo(4_000_000);
    assertThat(Tunables.scaled(TunableScaling.LOG, 8, 6_000_000, 750_000, 1_000_000, 750_000,
        500_000, 300).tickNs()).isEqualTo(3_333_333);
  }

  @Test
  void pool_smtOff_seesHalfTheCpusAndASmallerFactor() {
    FakeHost on = FakeHost.builder("1x4x2").policy("kvm.cfs", Map.of())
        .vm("vm", 1, 256, 0, null, Behavior.HOG).build();
    FakeHost off = FakeHost.builder("1x4x2").smtOff().policy("kvm.cfs", Map.of())
        .vm("vm", 1, 256, 0, null, Behavior.HOG).build();
    assertThat(((CfsPolicy) on.policy()).tunables().factor()).isEqualTo(4);
    assertThat(((CfsPolicy) off.policy()).tunables().factor()).isEqualTo(3);
    assertThat(((CfsPolicy) off.policy()).tunables().latencyNs()).isEqualTo(18_000_000);
  }
}
