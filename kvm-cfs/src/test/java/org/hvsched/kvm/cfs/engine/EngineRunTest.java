package org.hvsched.kvm.cfs.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.hvsched.harness.output.RunResultJson;
import org.hvsched.harness.run.DomainResult;
import org.hvsched.harness.run.RunResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The acceptance runs on the real engine: with {@code coreSched: vcpus} a two-VM SMT
 * scenario claims its cores, shows no guest/guest exposure outside switch windows and non-zero
 * forced idle; with {@code none} it shows exposure; a VM read from libvirt XML runs; the same
 * seed gives byte-identical results.
 */
final class EngineRunTest {
  private static final String TWO_VMS = """
      name: two-vms
      topology: 1x2x2
      duration: 500ms
      policy: {id: %s, settings: {coreSched: %s}}
      domains:
        - {name: vm1, vcpus: 3, workload: {type: cpu-bound}}
        - {name: vm2, vcpus: 3, workload: {type: sleep-run, run: exp(2ms), sleep: exp(1ms)}}
      """;

  @ParameterizedTest
  @ValueSource(strings = {"kvm.cfs", "kvm.eevdf"})
  void twoVms_vcpus_isolatedWithForcedIdle(String policy) {
    RunResult r = Runs.run(TWO_VMS.formatted(policy, "vcpus"));
    assertThat(r.isolation().claim()).isEqualTo("core");
    assertThat(r.violation()).isEmpty();
    assertThat(r.isolation().guestGuestNs() - r.isolation().transitionNs()).isZero();
    assertThat(r.host().forcedIdleNs()).isPositive();
    assertThat(r.domains()).allMatch(d -> d.stats().cpuNs() > 0);
    assertThat(r.domains().stream().mapToLong(d -> d.stats().forcedIdleNs()).sum())
        .isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"kvm.cfs", "kvm.eevdf"})
  void twoVms_none_exposedWithoutForcedIdle(String policy) {
    RunResult r = Runs.run(TWO_VMS.formatted(policy, "none"));
    assertThat(r.isolation().claim()).isEqualTo("none");
    assertThat(r.isolation().guestGuestNs()).isPositive();
    assertThat(r.host().forcedIdleNs()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"kvm.cfs", "kvm.eevdf"})
  void libvirtVm_fromXml_runsPinnedAndCapped(String policy) {
    RunResult r = Runs.run("""
        name: libvirt
        topology: 2x4x2
        duration: 300ms
        policy: {id: %s, settings: {coreSched: vcpus}}
        domains:
          - {libvirt: libvirt/vm1.xml, workload: {type: cpu-bound}}
          - {name: other, vcpus: 2, workload: {type: cpu-bound}}
        """.formatted(policy));
    DomainResult vm1 = r.domains().get(0);
    assertThat(vm1.name()).isEqualTo("vm1");
    assertThat(vm1.vcpus()).isEqualTo(4);
    // four pinned hogs, capped at 300% by global_quota: three CPUs' worth (+- 10%)
    double cpuNs = vm1.stats().cpuNs();
    assertThat(cpuNs / r.durationNs()).isBetween(2.7, 3.1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"kvm.cfs", "kvm.eevdf"})
  void sameSeedTwice_byteIdenticalResults(String policy) {
    String yaml = TWO_VMS.formatted(policy, "vcpus");
    assertThat(RunResultJson.toJson(Runs.run(yaml)))
        .isEqualTo(RunResultJson.toJson(Runs.run(yaml)));
  }
}
