package org.hvsched.kvm.cfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.hvsched.api.IsolationClaim;
import org.hvsched.api.TaskKind;
import org.hvsched.kvm.cfs.testutil.Behavior;
import org.hvsched.kvm.cfs.testutil.FakeHost;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An instance claims its cores exactly when core scheduling is on and every task of the pool
 * holds a cookie, which depends on libvirt's sched_core and on which threads a VM has; kernel
 * workers inherit QEMU's cookie only on kernels with vhost tasks (6.4+: the EEVDF provider).
 */
final class IsolationClaimTest {

  private static IsolationClaim claim(String policy, String coreSched, TaskKind extra) {
    FakeHost.Builder b = FakeHost.builder("1x2x2").policy(policy, Map.of("coreSched", coreSched))
        .vm("vm1", 2, 256, 0, null, Behavior.HOG).vm("vm2", 2, 256, 0, null, Behavior.HOG);
    if (extra != null) {
      b.thread("vm1", "extra", extra, Behavior.HOG);
    }
    return b.build().policy().isolationClaim();
  }

  @ParameterizedTest(name = "{0} coreSched {1} extra {2}: {3}")
  @CsvSource(nullValues = "-", value = {
    "kvm.cfs, none, -, NONE",
    "kvm.cfs, vcpus, -, CORE",
    "kvm.cfs, vcpus, EMULATOR, NONE",
    "kvm.cfs, emulator, EMULATOR, CORE",
    "kvm.cfs, full, IO_THREAD, CORE",
    "kvm.cfs, full, KERNEL_WORKER, NONE",
    "kvm.eevdf, full, KERNEL_WORKER, CORE",
    "kvm.eevdf, vcpus, KERNEL_WORKER, NONE",
  })
  void claim_followsWhetherEveryTaskHasACookie(String policy, String coreSched, TaskKind extra,
      IsolationClaim.Level level) {
    IsolationClaim c = claim(policy, coreSched, extra);
    assertThat(c.level()).isEqualTo(level);
    if (level == IsolationClaim.Level.CORE) {
      assertThat(c.cpus().toString()).isEqualTo("0-3");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"kvm.cfs", "kvm.eevdf"})
  void coreSchedWithoutSmt_isRejectedAsLibvirtDoes(String policy) {
    assertThatThrownBy(() -> FakeHost.builder("1x2x2").smtOff()
        .policy(policy, Map.of("coreSched", "vcpus"))
        .vm("vm1", 1, 256, 0, null, Behavior.HOG).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ENODEV").hasMessageContaining("coreSched");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"kvm.cfs", "kvm.eevdf"})
  void smtOffWithoutCoreSched_claimsNothingAndRuns(String policy) {
    FakeHost h = FakeHost.builder("1x2x2").smtOff().policy(policy, Map.of())
        .vm("vm1", 2, 256, 0, null, Behavior.HOG).build();
    assertThat(h.policy().isolationClaim().level()).isEqualTo(IsolationClaim.Level.NONE);
    h.run(100_000_000L);
    assertThat(h.cpuNs("vm1")).isGreaterThan(199_000_000L);
  }
}
