package org.hvsched.xen.credit2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.hvsched.api.Granularity;
import org.hvsched.api.Policies;
import org.hvsched.api.settings.ResolvedSettings;
import org.hvsched.api.settings.SettingDef;
import org.junit.jupiter.api.Test;

/** Settings resolve by camelCase name or Xen alias, default to Xen's values and reject as Xen. */
final class Credit2SettingsTest {
  private final Credit2Provider provider = new Credit2Provider();

  private Credit2Settings resolve(Map<String, ?> raw) {
    return Credit2Settings.from(provider.resolve(raw));
  }

  @Test
  void noSettings_giveXensDefaults() {
    assertThat(resolve(Map.of())).isEqualTo(Credit2Settings.defaults());
    Credit2Settings d = Credit2Settings.defaults();
    assertThat(d.ratelimitNs()).isEqualTo(1_000_000);
    assertThat(d.migrateResistNs()).isEqualTo(500_000);
    assertThat(d.capPeriodNs()).isEqualTo(10_000_000);
    assertThat(d.windowSamplesShift()).isEqualTo(20);
  }

  @Test
  void xenAliases_setTheSameSettings() {
    Credit2Settings s = resolve(Map.of("sched-gran", "core", "credit2_runqueue", "node",
        "sched_ratelimit_us", "500", "sched_credit2_migrate_resist", "0",
        "credit2_cap_period_ms", 20, "credit2_load_precision_shift", "16",
        "credit2_load_window_shift", "28", "credit2_balance_under", "1",
        "credit2_balance_over", "-2", "sched_smt_power_savings", "on"));
    assertThat(s.schedGran()).isEqualTo(Granularity.CORE);
    assertThat(s.runqueue()).isEqualTo(RunqueueArrangement.NODE);
    assertThat(s.ratelimitUs()).isEqualTo(500);
    assertThat(s.migrateResistUs()).isZero();
    assertThat(s.capPeriodMs()).isEqualTo(20);
    assertThat(s.loadPrecisionShift()).isEqualTo(16);
    assertThat(s.loadWindowShift()).isEqualTo(28);
    assertThat(s.balanceUnder()).isEqualTo(1);
    assertThat(s.balanceOver()).isEqualTo(-2);
    assertThat(s.smtPowerSavings()).isTrue();
    assertThat(s.balanceThresholdQuirk()).isTrue();
  }

  @Test
  void everySettingButTheQuirkSwitches_namesItsXenOption() {
    for (SettingDef d : provider.settings()) {
      if (d.name().equals(SettingNames.BALANCE_THRESHOLD_QUIRK)
          || d.name().equals(SettingNames.CAP_RESOURCE_TIME)) {
        assertThat(d.upstream()).isEmpty();
      } else {
        assertThat(d.aliases()).as(d.name()).contains(d.upstream());
        assertThat(d.upstream()).as(d.name()).isNotEmpty();
      }
    }
  }

  @Test
  void ratelimitBelowXensMinimum_isRejectedNamingWhatXenDoes() {
    assertThatThrownBy(() -> resolve(Map.of("ratelimitUs", 50)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ratelimitUs").hasMessageContaining("EINVAL")
        .hasMessageContaining("1000");
  }

  @Test
  void ratelimitZero_disablesIt() {
    assertThat(resolve(Map.of("ratelimitUs", 0)).ratelimitNs()).isZero();
  }

  @Test
  void ratelimitAboveMaximum_isOutOfRange() {
    assertThatThrownBy(() -> resolve(Map.of("sched_ratelimit_us", 500_001)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
  }

  @Test
  void valuesXenResetsAtBoot_areRejected() {
    assertThatThrownBy(() -> resolve(Map.of("loadPrecisionShift", 3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> resolve(Map.of("loadWindowShift", 10)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> resolve(Map.of("capPeriodMs", 0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> resolve(Map.of("maxCpusRunqueue", 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shiftsThatOverflow_areRejectedByTheRecord() {
    assertThatThrownBy(() -> resolve(Map.of("loadPrecisionShift", 40, "loadWindowShift", 30)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("52");
    assertThatThrownBy(() -> resolve(Map.of("balanceOver", -19)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("balanceOver");
  }

  @Test
  void unknownChoice_listsTheValidOnes() {
    assertThatThrownBy(() -> resolve(Map.of("schedGran", "thread")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cpu, core, socket");
    assertThatThrownBy(() -> resolve(Map.of("runqueue", "llc")))
        .hasMessageContaining("cpu, core, socket, node, all");
  }

  @Test
  void sameSettingTwice_isRejected() {
    assertThatThrownBy(() -> resolve(Map.of("ratelimitUs", 500, "sched_ratelimit_us", 600)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
  }

  @Test
  void serviceLoader_findsTheProvider() {
    assertThat(Policies.byId("xen.credit2")).isInstanceOf(Credit2Provider.class);
  }

  @Test
  void resolvedSettings_listEveryCanonicalNameInOrder() {
    ResolvedSettings r = provider.resolve(Map.of());
    assertThat(r.asMap().keySet()).containsExactly("schedGran", "runqueue", "maxCpusRunqueue",
        "ratelimitUs", "migrateResistUs", "capPeriodMs", "loadPrecisionShift",
        "loadWindowShift", "balanceUnder", "balanceOver", "smtPowerSavings",
        "balanceThresholdQuirk", "capResourceTime");
  }
}
