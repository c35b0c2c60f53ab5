package org.hvsched.kvm.cfs;

import java.util.ArrayList;
import java.util.List;
import org.hvsched.api.settings.SettingDef;

/**
 * The declarations of the {@code kvm.cfs} and {@code kvm.eevdf} settings: camelCase names with
 * the kernel's (and libvirt's) names as aliases, defaults with their upstream source.
 */
public final class SettingNames {
  static final String CORE_SCHED = "coreSched";
  static final String HZ = "hz";
  static final String TUNABLE_SCALING = "tunableScaling";
  static final String LATENCY_NS = "latencyNs";
  static final String MIN_GRANULARITY_NS = "minGranularityNs";
  static final String WAKEUP_GRANULARITY_NS = "wakeupGranularityNs";
  static final String BASE_SLICE_NS = "baseSliceNs";
  static final String MIGRATION_COST_NS = "migrationCostNs";
  static final String BANDWIDTH_SLICE_US = "bandwidthSliceUs";
  /** The cpu.max period setting; libvirt imports name it. */
  public static final String CFS_PERIOD_US = "cfsPeriodUs";
  static final String CGROUP = "cgroup";
  static final String GENTLE_FAIR_SLEEPERS = "gentleFairSleepers";
  static final String WAKEUP_PREEMPTION = "wakeupPreemption";
  static final String RUN_TO_PARITY = "runToParity";
  static final String PLACE_LAG = "placeLag";

  static final long DEFAULT_LATENCY_NS = 6_000_000;
  static final long DEFAULT_MIN_GRAN_NS = 750_000;
  static final long DEFAULT_WAKEUP_NS = 1_000_000;
  static final long DEFAULT_BASE_SLICE_NS = 750_000;

  private SettingNames() {}

  /** Every setting of the provider for {@code fairClass}, in the order results print them. */
  public static List<SettingDef> defs(FairClass fairClass) {
    List<SettingDef> defs = new ArrayList<>();
    defs.add(SettingDef.ofChoice(CORE_SCHED, "none", List.of("none", "vcpus", "emulator", "full"),
        "which threads of a VM share its core-scheduling cookie (libvirt qemu.conf sched_core;"
            + " default none as in libvirt)", "sched_core", "sched_core"));
    defs.add(SettingDef.ofLong(HZ, 250, "Hz", 100, 1000,
        "periodic tick rate; slice ends are noticed at ticks (Kconfig.hz default 250)",
        "CONFIG_HZ", "CONFIG_HZ"));
    defs.add(SettingDef.ofChoice(TUNABLE_SCALING, "log", List.of("none", "log", "linear"),
        "how time tunables grow with the pool's online CPUs: x1, x(1+ilog2(min(n,8))),"
            + " x min(n,8) (default log)", "tunable_scaling", "sched_tunable_scaling",
        "tunable_scaling"));
    if (fairClass == FairClass.CFS) {
      addCfsTunables(defs);
    } else {
      defs.add(SettingDef.ofLong(BASE_SLICE_NS, DEFAULT_BASE_SLICE_NS, "ns", 100_000,
          100_000_000, "normalised EEVDF request size, scaled by tunableScaling"
              + " (6.6-6.14 default 0.75 ms; 6.15 and 2025 stable kernels use 0.70 ms)",
          "base_slice_ns", "sched_base_slice_ns", "base_slice_ns"));
    }
    addCommon(defs);
    if (fairClass == FairClass.CFS) {
      defs.add(SettingDef.ofBoolean(GENTLE_FAIR_SLEEPERS, true,
          "halve the sleeper credit of a waking task (feature on by default in 6.1)",
          "GENTLE_FAIR_SLEEPERS", "GENTLE_FAIR_SLEEPERS"));
    } else {
      defs.add(SettingDef.ofBoolean(RUN_TO_PARITY, true,
          "keep running a picked task until its deadline is renewed (feature on in 6.6)",
          "RUN_TO_PARITY", "RUN_TO_PARITY"));
      defs.add(SettingDef.ofBoolean(PLACE_LAG, true,
          "place an enqueued task by the lag it had when it left (feature on in 6.6)",
          "PLACE_LAG", "PLACE_LAG"));
    }
    defs.add(SettingDef.ofBoolean(WAKEUP_PREEMPTION, true,
        "a waking task may preempt the running one (feature on by default)",
        "WAKEUP_PREEMPTION", "WAKEUP_PREEMPTION"));
    return List.copyOf(defs);
  }

  private static void addCfsTunables(List<SettingDef> defs) {
    defs.add(SettingDef.ofLong(LATENCY_NS, DEFAULT_LATENCY_NS, "ns", 100_000, 1_000_000_000,
        "normalised targeted preemption latency, scaled by tunableScaling (6.1 default 6 ms)",
        "sched_latency_ns", "sched_latency_ns", "latency_ns"));
    defs.add(SettingDef.ofLong(MIN_GRANULARITY_NS, DEFAULT_MIN_GRAN_NS, "ns", 100_000,
        1_000_000_000, "normalised minimal slice, scaled by tunableScaling"
            + " (6.1 default 0.75 ms)", "sched_min_granularity_ns", "sched_min_granularity_ns",
        "min_granularity_ns"));
    defs.add(SettingDef.ofLong(WAKEUP_GRANULARITY_NS, DEFAULT_WAKEUP_NS, "ns", 0,
        1_000_000_000, "normalised lead a wakee needs to preempt, scaled by tunableScaling"
            + " (6.1 default 1 ms)", "sched_wakeup_granularity_ns",
        "sched_wakeup_granularity_ns", "wakeup_granularity_ns"));
  }

  private static void addCommon(List<SettingDef> defs) {
    defs.add(SettingDef.ofLong(MIGRATION_COST_NS, 500_000, "ns", 0, 1_000_000_000,
        "a task that ran this recently is cache hot for load balancing (default 0.5 ms)",
        "sched_migration_cost_ns", "sched_migration_cost_ns", "migration_cost_ns"));
    defs.add(SettingDef.ofLong(BANDWIDTH_SLICE_US, 5000, "us", 1, 1_000_000,
        "runtime a CPU takes from its group's cpu.max pool at once (default 5 ms)",
        "sched_cfs_bandwidth_slice_us", "sched_cfs_bandwidth_slice_us"));
    defs.add(SettingDef.ofLong(CFS_PERIOD_US, 100_000, "us", 1000, 1_000_000,
        "cpu.max period of a VM group whose domain has a cap; quota = cap% x period"
            + " (kernel default 100 ms)", "cpu.max", "cfs_period_us", "global_period"));
    defs.add(SettingDef.ofChoice(CGROUP, "v2", List.of("v1", "v2"),
        "cgroup interface of the VM weight: v1 cpu.shares = 4 x weight, v2 cpu.weight"
            + " converted as the kernel does (default v2)", "cpu.weight", "cgroup_version"));
  }
}
