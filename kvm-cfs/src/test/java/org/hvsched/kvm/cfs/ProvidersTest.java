package org.hvsched.kvm.cfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.hvsched.api.Capability;
import org.hvsched.api.Policies;
import org.hvsched.api.PolicyProvider;
import org.hvsched.api.settings.ResolvedSettings;
import org.hvsched.api.settings.SettingDef;
import org.hvsched.kvm.cfs.cookie.CoreSchedMode;
import org.hvsched.kvm.cfs.fair.TunableScaling;
import org.junit.jupiter.api.Test;

/**
 * Both providers are discovered, name the kernel they model, take camelCase settings and the
 * kernel's names as aliases, and validate values naming the setting.
 */
final class ProvidersTest {
  private final PolicyProvider cfs = Policies.byId("kvm.cfs");
  private final PolicyProvider eevdf = Policies.byId("kvm.eevdf");

  @Test
  void serviceLoader_findsBothIds() {
    assertThat(Policies.all()).extracting(PolicyProvider::id).contains("kvm.cfs", "kvm.eevdf");
    assertThat(cfs).isInstanceOf(CfsProvider.class);
    assertThat(eevdf).isInstanceOf(EevdfProvider.class);
  }

  @Test
  void descriptions_nameTheKernelVersionModelled() {
    assertThat(cfs.description()).startsWith("Linux 6.1 CFS");
    assertThat(eevdf.description()).startsWith("Linux 6.6 EEVDF");
    assertThat(cfs.capabilities()).contains(Capability.CORE_ISOLATION, Capability.WEIGHTS,
        Capability.CAPS, Capability.HARD_AFFINITY);
  }

  @Test
  void settings_cfsHasGranularities_eevdfHasBaseSlice() {
    List<String> c = cfs.settings().stream().map(SettingDef::name).toList();
    List<String> e = eevdf.settings().stream().map(SettingDef::name).toList();
    assertThat(c).contains("coreSched", "hz", "tunableScaling", "latencyNs", "minGranularityNs",
        "wakeupGranularityNs", "migrationCostNs", "bandwidthSliceUs", "cfsPeriodUs", "cgroup",
        "gentleFairSleepers", "wakeupPreemption").doesNotContain("baseSliceNs");
    assertThat(e).contains("coreSched", "baseSliceNs", "runToParity", "placeLag")
        .doesNotContain("latencyNs", "minGranularityNs");
  }

  @Test
  void defaults_areTheKernelDefaults() {
    CfsSettings s = CfsSettings.from(FairClass.CFS, cfs.resolve(Map.of()));
    assertThat(s.coreSched()).isEqualTo(CoreSchedMode.NONE);
    assertThat(s.hz()).isEqualTo(250);
    assertThat(s.tunableScaling()).isEqualTo(TunableScaling.LOG);
    assertThat(s.latencyNs()).isEqualTo(6_000_000);
    assertThat(s.minGranularityNs()).isEqualTo(750_000);
    assertThat(s.wakeupGranularityNs()).isEqualTo(1_000_000);
    assertThat(s.migrationCostNs()).isEqualTo(500_000);
    assertThat(s.bandwidthSliceUs()).isEqualTo(5000);
    assertThat(s.cfsPeriodUs()).isEqualTo(100_000);
    assertThat(CfsSettings.from(FairClass.EEVDF, eevdf.resolve(Map.of())).baseSliceNs())
        .isEqualTo(750_000);
  }

  @Test
  void kernelNames_areAliases() {
    ResolvedSettings r = cfs.resolve(Map.of("sched_latency_ns", 12_000_000,
        "sched_min_granularity_ns", "1000000", "sched_wakeup_granularity_ns", 0,
        "sched_tunable_scaling", "none", "sched_core", "vcpus", "CONFIG_HZ", 1000,
        "sched_migration_cost_ns", 0, "cfs_period_us", 50_000));
    CfsSettings s = CfsSettings.from(FairClass.CFS, r);
    assertThat(s.latencyNs()).isEqualTo(12_000_000);
    assertThat(s.minGranularityNs()).isEqualTo(1_000_000);
    assertThat(s.wakeupGranularityNs()).isZero();
    assertThat(s.tunableScaling()).isEqualTo(TunableScaling.NONE);
    assertThat(s.coreSched()).isEqualTo(CoreSchedMode.VCPUS);
    assertThat(s.hz()).isEqualTo(1000);
    assertThat(s.cfsPeriodUs()).isEqualTo(50_000);
    assertThat(CfsSettings.from(FairClass.EEVDF,
        eevdf.resolve(Map.of("sched_base_slice_ns", 3_000_000))).baseSliceNs())
        .isEqualTo(3_000_000);
    assertThat(CfsSettings.from(FairClass.EEVDF,
        eevdf.resolve(Map.of("base_slice_ns", 700_000, "RUN_TO_PARITY", "off")))
        .runToParity()).isFalse();
  }

  @Test
  void badValues_areRejectedNamingTheSetting() {
    assertThatThrownBy(() -> cfs.resolve(Map.of("coreSched", "cores")))
        .hasMessageContaining("coreSched").hasMessageContaining("vcpus");
    assertThatThrownBy(() -> cfs.resolve(Map.of("hz", 50))).hasMessageContaining("hz");
    assertThatThrownBy(() -> cfs.resolve(Map.of("latencyNs", 10))).hasMessageContaining(
        "latencyNs");
    assertThatThrownBy(() -> cfs.resolve(Map.of("baseSliceNs", 1_000_000)))
        .hasMessageContaining("baseSliceNs");
    assertThatThrownBy(() -> eevdf.resolve(Map.of("cfsPeriodUs", 500)))
        .hasMessageContaining("cfsPeriodUs");
    assertThatThrownBy(() -> cfs.resolve(Map.of("latencyNs", 6_000_000, "sched_latency_ns", 7_000_000)))
        .hasMessageContaining("twice");
  }

  @Test
  void cgroupWeights_followTheKernelConversions() {
    assertThat(CgroupVersion.V1.sharesFor(256)).isEqualTo(1024);
    assertThat(CgroupVersion.V1.sharesFor(100_000)).isEqualTo(262_144);
    assertThat(CgroupVersion.V2.sharesFor(256)).isEqualTo(1024);
    assertThat(CgroupVersion.V2.sharesFor(100)).isEqualTo(399);
    assertThat(CgroupVersion.V2.sharesFor(1)).isEqualTo(10);
  }
}
