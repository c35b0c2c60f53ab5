package org.hvsched.kvm.cfs;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.hvsched.api.settings.ResolvedSettings;
import org.hvsched.kvm.cfs.cookie.CoreSchedMode;
import org.hvsched.kvm.cfs.fair.Features;
import org.hvsched.kvm.cfs.fair.TunableScaling;

/**
 * The settings of one {@code kvm.cfs} / {@code kvm.eevdf} instance, validated here. Time
 * tunables are the kernel's normalised values (what {@code tunableScaling: none} uses as is);
 * the effective ones are scaled by the pool's CPU count ({@link org.hvsched.kvm.cfs.fair.Tunables}).
 * Settings that the other fair class does not have keep their defaults and are ignored.
 *
 * @param fairClass CFS (6.1) or EEVDF (6.6), fixed by the provider
 * @param coreSched libvirt's {@code sched_core}: which VM threads share the VM's cookie
 * @param hz CONFIG_HZ, the periodic tick rate
 * @param tunableScaling {@code sched_tunable_scaling}
 * @param latencyNs normalised {@code sched_latency_ns} (CFS)
 * @param minGranularityNs normalised {@code sched_min_granularity_ns} (CFS)
 * @param wakeupGranularityNs normalised {@code sched_wakeup_granularity_ns} (CFS)
 * @param baseSliceNs normalised {@code sched_base_slice_ns} (EEVDF)
 * @param migrationCostNs {@code sched_migration_cost_ns}: how long a task stays cache hot
 * @param bandwidthSliceUs {@code sched_cfs_bandwidth_slice_us}: runtime a CPU takes at once
 * @param cfsPeriodUs the {@code cpu.max} period used for a domain cap
 * @param cgroup which cgroup interface carries the VM weight
 * @param gentleFairSleepers CFS feature {@code GENTLE_FAIR_SLEEPERS}
 * @param wakeupPreemption feature {@code WAKEUP_PREEMPTION}
 * @param runToParity EEVDF feature {@code RUN_TO_PARITY}
 * @param placeLag EEVDF feature {@code PLACE_LAG}
 */
public record CfsSettings(FairClass fairClass, CoreSchedMode coreSched, int hz,
    TunableScaling tunableScaling, long latencyNs, long minGranularityNs,
    long wakeupGranularityNs, long baseSliceNs, long migrationCostNs, long bandwidthSliceUs,
    long cfsPeriodUs, CgroupVersion cgroup, boolean gentleFairSleepers,
    boolean wakeupPreemption, boolean runToParity, boolean placeLag) {

  public CfsSettings {
    requireNonNull(fairClass, "fairClass");
    requireNonNull(coreSched, "coreSched");
    requireNonNull(tunableScaling, "tunableScaling");
    requireNonNull(cgroup, "cgroup");
    checkArgument(hz >= 100 && hz <= 1000, "hz must be in 100..1000: %s", hz);
    checkArgument(latencyNs >= 100_000 && latencyNs <= 1_000_000_000L,
        "latencyNs must be in 100000..1000000000 ns: %s", latencyNs);
    checkArgument(minGranularityNs >= 100_000 && minGranularityNs <= 1_000_000_000L,
        "minGranularityNs must be in 100000..1000000000 ns: %s", minGranularityNs);
    checkArgument(wakeupGranularityNs >= 0 && wakeupGranularityNs <= 1_000_000_000L,
        "wakeupGranularityNs must be in 0..1000000000 ns: %s", wakeupGranularityNs);
    checkArgument(baseSliceNs >= 100_000 && baseSliceNs <= 100_000_000L,
        "baseSliceNs must be in 100000..100000000 ns: %s", baseSliceNs);
    checkArgument(migrationCostNs >= 0, "migrationCostNs must be >= 0: %s", migrationCostNs);
    checkArgument(bandwidthSliceUs >= 1, "bandwidthSliceUs must be >= 1: %s", bandwidthSliceUs);
    checkArgument(cfsPeriodUs >= 1000 && cfsPeriodUs <= 1_000_000,
        "cfsPeriodUs must be in 1000..1000000 us: %s", cfsPeriodUs);
  }

  /** Builds the record from resolved settings of {@code fairClass}'s provider. */
  public static CfsSettings from(FairClass fairClass, ResolvedSettings s) {
    boolean cfs = fairClass == FairClass.CFS;
    return new CfsSettings(fairClass,
        CoreSchedMode.valueOf(s.choice(SettingNames.CORE_SCHED).toUpperCase(Locale.ROOT)),
        s.intValue(SettingNames.HZ),
        TunableScaling.valueOf(s.choice(SettingNames.TUNABLE_SCALING).toUpperCase(Locale.ROOT)),
        cfs ? s.longValue(SettingNames.LATENCY_NS) : SettingNames.DEFAULT_LATENCY_NS,
        cfs ? s.longValue(SettingNames.MIN_GRANULARITY_NS) : SettingNames.DEFAULT_MIN_GRAN_NS,
        cfs ? s.longValue(SettingNames.WAKEUP_GRANULARITY_NS) : SettingNames.DEFAULT_WAKEUP_NS,
        cfs ? SettingNames.DEFAULT_BASE_SLICE_NS : s.longValue(SettingNames.BASE_SLICE_NS),
        s.longValue(SettingNames.MIGRATION_COST_NS),
        s.longValue(SettingNames.BANDWIDTH_SLICE_US),
        s.longValue(SettingNames.CFS_PERIOD_US),
        "v1".equals(s.choice(SettingNames.CGROUP)) ? CgroupVersion.V1 : CgroupVersion.V2,
        cfs && s.booleanValue(SettingNames.GENTLE_FAIR_SLEEPERS),
        s.booleanValue(SettingNames.WAKEUP_PREEMPTION),
        !cfs && s.booleanValue(SettingNames.RUN_TO_PARITY),
        !cfs && s.booleanValue(SettingNames.PLACE_LAG));
  }

  /** True for the EEVDF provider. */
  public boolean eevdf() {
    return fairClass == FairClass.EEVDF;
  }

  /** The fair-class feature switches. */
  public Features features() {
    return new Features(eevdf(), gentleFairSleepers, wakeupPreemption, runToParity, placeLag);
  }
}
