package org.hvsched.kvm.cfs.fair;

import static com.google.common.base.Preconditions.checkArgument;



/**
 * The fair class's effective tunables for one pool, after {@code update_sysctl()}: each
 * normalised value times the factor of {@code get_update_sysctl_factor()}, which depends on
 * the number of online CPUs of the pool (capped at 8) and the scaling mode. SMT off halves the
 * online count and so may lower the factor, as on Linux.
 *
 * @param factor 1 (none), min(cpus, 8) (linear) or 1 + ilog2(min(cpus, 8)) (log)
 * @param latencyNs {@code sysctl_sched_latency}
 * @param minGranularityNs {@code sysctl_sched_min_granularity}
 * @param wakeupGranularityNs {@code sysctl_sched_wakeup_granularity}
 * @param baseSliceNs {@code sysctl_sched_base_slice} (EEVDF)
 * @param nrLatency {@code sched_nr_latency}: latency / min granularity, rounded up
 * @param migrationCostNs {@code sysctl_sched_migration_cost} (not scaled)
 * @param tickNs {@code TICK_NSEC} = (10^9 + HZ/2) / HZ
 */
public record Tunables(int factor, long latencyNs, long minGranularityNs,
    long wakeupGranularityNs, long baseSliceNs, int nrLatency, long migrationCostNs,
    long tickNs) {

  public Tunables {
    checkArgument(factor >= 1, "factor must be >= 1: %s", factor);
    checkArgument(minGranularityNs > 0, "min granularity must be positive: %s", minGranularityNs);
    checkArgument(tickNs > 0, "tick must be positive: %s", tickNs);
  }

  /**
   * Scales the normalised values for {@code onlineCpus} CPUs.
   *
   * @param hz the tick rate (CONFIG_HZ)
   */
  public static Tunables scaled(TunableScaling scaling, int onlineCpus, long latencyNs,
      long minGranularityNs, long wakeupGranularityNs, long baseSliceNs, long migrationCostNs,
      int hz) {
    checkArgument(onlineCpus >= 1, "online cpus must be >= 1: %s", onlineCpus);
    checkArgument(hz > 0, "hz must be positive: %s", hz);
    int f = factor(scaling, onlineCpus);
    long latency = f * latencyNs;
    long minGran = f * minGranularityNs;
    int nrLatency = (int) ((latency + minGran - 1) / minGran);
    return new Tunables(f, latency, minGran, f * wakeupGranularityNs, f * baseSliceNs, nrLatency,
        migrationCostNs, (1_000_000_000L + hz / 2) / hz);
  }

  /** {@code get_update_sysctl_factor()}. */
  public static int factor(TunableScaling scaling, int onlineCpus) {
    int cpus = Math.min(onlineCpus, 8);
    return switch (scaling) {
      case NONE -> 1;
      case LINEAR -> cpus;
      case LOG -> 1 + (31 - Integer.numberOfLeadingZeros(cpus));
    };
  }
}
