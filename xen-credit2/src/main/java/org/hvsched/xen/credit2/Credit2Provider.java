package org.hvsched.xen.credit2;

import static org.hvsched.xen.credit2.SettingNames.BALANCE_OVER;
import static org.hvsched.xen.credit2.SettingNames.BALANCE_THRESHOLD_QUIRK;
import static org.hvsched.xen.credit2.SettingNames.BALANCE_UNDER;
import static org.hvsched.xen.credit2.SettingNames.CAP_PERIOD_MS;
import static org.hvsched.xen.credit2.SettingNames.CAP_RESOURCE_TIME;
import static org.hvsched.xen.credit2.SettingNames.LOAD_PRECISION_SHIFT;
import static org.hvsched.xen.credit2.SettingNames.LOAD_WINDOW_SHIFT;
import static org.hvsched.xen.credit2.SettingNames.MAX_CPUS_RUNQUEUE;
import static org.hvsched.xen.credit2.SettingNames.MIGRATE_RESIST_US;
import static org.hvsched.xen.credit2.SettingNames.RATELIMIT_US;
import static org.hvsched.xen.credit2.SettingNames.RUNQUEUE;
import static org.hvsched.xen.credit2.SettingNames.SCHED_GRAN;
import static org.hvsched.xen.credit2.SettingNames.SMT_POWER_SAVINGS;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hvsched.api.Capability;
import org.hvsched.api.PolicyContext;
import org.hvsched.api.PolicyProvider;
import org.hvsched.api.PoolSpec;
import org.hvsched.api.SchedPolicy;
import org.hvsched.api.settings.ResolvedSettings;
import org.hvsched.api.settings.SettingDef;

/** The {@code xen.credit2} policy: Xen 4.22 credit2 with sched-gran, one instance per pool. */
public final class Credit2Provider implements PolicyProvider {
  /** The stable id. */
  public static final String ID = "xen.credit2";

  private static final List<SettingDef> SETTINGS = List.of(
      SettingDef.ofChoice(SCHED_GRAN, "cpu", List.of("cpu", "core", "socket"),
          "scheduling-unit granularity: vCPUs of a domain grouped per core or socket and"
              + " co-scheduled (Xen default cpu; falls back on asymmetric topologies)",
          "sched-gran", "sched-gran", "sched_gran"),
      SettingDef.ofChoice(RUNQUEUE, "socket", RunqueueArrangement.ids(),
          "one credit2 runqueue per cpu, core, socket, NUMA node or all (Xen default socket)",
          "credit2_runqueue", "credit2_runqueue"),
      SettingDef.ofLong(MAX_CPUS_RUNQUEUE, 16, "", 1, 65_536,
          "at most this many scheduling resources per runqueue; SMT siblings are never split"
              + " (Xen default 16)", "sched_credit2_max_cpus_runqueue",
          "sched_credit2_max_cpus_runqueue"),
      SettingDef.ofLong(RATELIMIT_US, 1000, "us", 0, 500_000,
          "minimum run time before preemption, 0 = off, else 100..500000 (Xen default 1000)",
          "sched_ratelimit_us", "sched_ratelimit_us"),
      SettingDef.ofLong(MIGRATE_RESIST_US, 500, "us", 0, 0xFFFF_FFFFL,
          "credit advantage a unit of another CPU needs to be pulled or to preempt"
              + " (Xen default 500)", "sched_credit2_migrate_resist",
          "sched_credit2_migrate_resist"),
      SettingDef.ofLong(CAP_PERIOD_MS, 10, "ms", 1, Credit2Settings.CAP_PERIOD_MAX_MS,
          "cap budget replenishment period (Xen default 10)", "credit2_cap_period_ms",
          "credit2_cap_period_ms"),
      SettingDef.ofLong(LOAD_PRECISION_SHIFT, 18, "", 4, 52,
          "fraction bits of the load averages (Xen default 18, minimum 4)",
          "credit2_load_precision_shift", "credit2_load_precision_shift"),
      SettingDef.ofLong(LOAD_WINDOW_SHIFT, 30, "", 11, 62,
          "log2 of the load-average window in ns (Xen default 30, about 1.07 s)",
          "credit2_load_window_shift", "credit2_load_window_shift"),
      SettingDef.ofLong(BALANCE_UNDER, 0, "", -64, 64,
          "balance when not overloaded only if the load difference is >= 2^this"
              + " (Xen default 0: 1.0)", "credit2_balance_under", "credit2_balance_under"),
      SettingDef.ofLong(BALANCE_OVER, -3, "", -64, 64,
          "balance when overloaded only if the load difference is >= 2^this"
              + " (Xen default -3: 0.125)", "credit2_balance_over", "credit2_balance_over"),
      SettingDef.ofBoolean(SMT_POWER_SAVINGS, false,
          "wake units onto idle threads of busy cores before fully idle cores (Xen default"
              + " false)", "sched_smt_power_savings", "sched_smt_power_savings"),
      SettingDef.ofBoolean(BALANCE_THRESHOLD_QUIRK, true,
          "true: the balance threshold test reads the last runqueue scanned, as Xen does;"
              + " false: the runqueue with the largest load difference, as intended", ""),
      SettingDef.ofBoolean(CAP_RESOURCE_TIME, true,
          "true: with sched-gran core/socket a capped unit's budget is charged in core/socket"
              + " time, as Xen does; false: in thread time of its running vCPUs, as xl.cfg(5)"
              + " documents cap (percent of one physical CPU)", ""));

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Xen credit2 with sched-gran=cpu|core|socket and cpupools"
        + " (xen/common/sched/credit2.c, core.c, cpupool.c, Xen 4.22.0)";
  }

  /**
   * Not {@link Capability#WORK_CONSERVING}: upstream credit2 leaves a CPU idle beside a waiting
   * unit in two ways that are not exemptions of the design. Runqueues never pull when idle; they
   * are balanced only when one resets its credits, and only past a threshold on slow load
   * averages (about 1 s), so an idle CPU of one runqueue may stay idle for good while another
   * runqueue queues. Inside a runqueue, an idle CPU does not pull a unit of another CPU whose
   * credit is within the migration resistance of the idle credit (a unit at the -10 ms floor).
   */
  @Override
  public Set<Capability> capabilities() {
    return EnumSet.of(Capability.CORE_ISOLATION, Capability.WEIGHTS, Capability.CAPS,
        Capability.HARD_AFFINITY, Capability.SOFT_AFFINITY);
  }

  @Override
  public List<SettingDef> settings() {
    return SETTINGS;
  }

  @Override
  public void validate(ResolvedSettings settings) {
    Credit2Settings.from(settings);
  }

  /**
   * Xen's boot options ({@link org.hvsched.xen.credit2.config.XenBootOptions}): the scheduling
   * options become settings, with Xen's boot-time resets applied; {@code sched=} must name
   * credit2 when present.
   */
  @Override
  public java.util.Map<String, String> settingsFromCommandLine(String commandLine) {
    org.hvsched.xen.credit2.config.BootOptions boot =
        org.hvsched.xen.credit2.config.XenBootOptions.parse(commandLine);
    boot.scheduler().ifPresent(s -> {
      if (!s.equals("credit2")) {
        throw new IllegalArgumentException("the command line selects sched=" + s
            + ", not credit2");
      }
    });
    return boot.settings();
  }

  @Override
  public SchedPolicy create(ResolvedSettings settings, PoolSpec pool, PolicyContext context) {
    return new Credit2Policy(Credit2Settings.from(settings), pool, context);
  }
}
