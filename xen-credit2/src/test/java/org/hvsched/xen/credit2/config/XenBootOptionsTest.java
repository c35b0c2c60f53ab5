package org.hvsched.xen.credit2.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hvsched.xen.credit2.Credit2Provider;
import org.hvsched.xen.credit2.Credit2Settings;
import org.junit.jupiter.api.Test;

/** Xen command lines become credit2 settings as Xen's parser and boot checks treat them. */
final class XenBootOptionsTest {

  @Test
  void grubExample_givesSettingsAndReportsTheRest() {
    BootOptions b = XenBootOptions.parse("sched=credit2 sched-gran=core credit2_runqueue=core"
        + " sched_ratelimit_us=1000 smt=on dom0_max_vcpus=4 dom0_vcpus_pin");
    assertThat(b.settings()).containsExactly(Map.entry("schedGran", "core"),
        Map.entry("runqueue", "core"), Map.entry("ratelimitUs", "1000"));
    assertThat(b.scheduler()).contains("credit2");
    assertThat(b.smt()).contains(true);
    assertThat(b.ignored()).containsExactly("dom0_max_vcpus=4", "dom0_vcpus_pin");
    assertThat(b.warnings()).isEmpty();
  }

  @Test
  void settings_resolveAgainstTheProvider() {
    BootOptions b = XenBootOptions.parse("credit2_load_window_shift=28"
        + " credit2_load_precision_shift=16 credit2_balance_under=1 credit2_balance_over=-2"
        + " credit2_cap_period_ms=20 sched_credit2_migrate_resist=0x100"
        + " sched_credit2_max_cpus_runqueue=8 no-sched_smt_power_savings");
    Credit2Settings s = Credit2Settings.from(new Credit2Provider().resolve(b.settings()));
    assertThat(s.loadWindowShift()).isEqualTo(28);
    assertThat(s.loadPrecisionShift()).isEqualTo(16);
    assertThat(s.balanceUnder()).isEqualTo(1);
    assertThat(s.balanceOver()).isEqualTo(-2);
    assertThat(s.capPeriodMs()).isEqualTo(20);
    assertThat(s.migrateResistUs()).isEqualTo(256);
    assertThat(s.maxCpusRunqueue()).isEqualTo(8);
    assertThat(s.smtPowerSavings()).isFalse();
  }

  @Test
  void xlInfoLine_isAccepted() {
    BootOptions b = XenBootOptions.parse(
        "xen_commandline        : placeholder sched_ratelimit_us=500 console=vga");
    assertThat(b.settings()).containsEntry("ratelimitUs", "500");
    assertThat(b.ignored()).containsExactly("placeholder", "console=vga");
  }

  @Test
  void outOfRangeValues_areResetAsXenResetsThemAtBoot() {
    BootOptions b = XenBootOptions.parse("sched_ratelimit_us=50 credit2_load_precision_shift=2"
        + " credit2_load_window_shift=10 credit2_cap_period_ms=0");
    assertThat(b.settings()).containsEntry("ratelimitUs", "1000")
        .containsEntry("loadPrecisionShift", "4").containsEntry("loadWindowShift", "30")
        .containsEntry("capPeriodMs", "10");
    assertThat(b.warnings()).hasSize(4).anyMatch(w -> w.contains("[100,500000]"));
  }

  @Test
  void invalidWords_areWarnedAboutAndNotApplied() {
    BootOptions b = XenBootOptions.parse("sched-gran=thread credit2_runqueue=llc"
        + " sched_smt_power_savings=maybe");
    assertThat(b.settings()).isEmpty();
    assertThat(b.warnings()).hasSize(3).allMatch(w -> w.contains("has invalid value"));
  }

  @Test
  void integerQuirks_followParseParams() {
    // Trailing garbage: warned about, but the number read so far is stored.
    BootOptions garbage = XenBootOptions.parse("sched_ratelimit_us=500us");
    assertThat(garbage.settings()).containsEntry("ratelimitUs", "500");
    assertThat(garbage.warnings()).hasSize(1);
    // No value: 0 (which disables the ratelimit).
    assertThat(XenBootOptions.parse("sched_ratelimit_us").settings())
        .containsEntry("ratelimitUs", "0");
    // -1 into an unsigned int wraps; too large for 32 bits is rejected.
    assertThat(XenBootOptions.parse("sched_credit2_migrate_resist=-1").settings())
        .containsEntry("migrateResistUs", "4294967295");
    BootOptions huge = XenBootOptions.parse("sched_credit2_migrate_resist=0x100000000");
    assertThat(huge.settings()).isEmpty();
    assertThat(huge.warnings()).anyMatch(w -> w.contains("32 bits"));
    // Octal.
    assertThat(XenBootOptions.parse("credit2_cap_period_ms=012").settings())
        .containsEntry("capPeriodMs", "10");
  }

  @Test
  void laterOption_overridesEarlier() {
    assertThat(XenBootOptions.parse("sched-gran=core sched-gran=socket").settings())
        .containsEntry("schedGran", "socket");
  }

  @Test
  void otherSchedulers_areReported() {
    assertThat(XenBootOptions.parse("sched=credit").warnings())
        .anyMatch(w -> w.contains("credit2 only"));
    BootOptions unknown = XenBootOptions.parse("sched=fifo");
    assertThat(unknown.scheduler()).contains("fifo");
    assertThat(unknown.warnings()).anyMatch(w -> w.contains("Could not find scheduler: fifo"));
  }

  @Test
  void emptyLine_givesNothing() {
    BootOptions b = XenBootOptions.parse("   ");
    assertThat(b.settings()).isEmpty();
    assertThat(b.ignored()).isEmpty();
  }
}
