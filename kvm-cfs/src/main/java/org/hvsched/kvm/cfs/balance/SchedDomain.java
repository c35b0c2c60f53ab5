package org.hvsched.kvm.cfs.balance;

import java.util.List;
import org.hvsched.topology.CpuSet;

/**
 * One {@code struct sched_domain} seen from a CPU: its level, span, groups (the child domains'
 * spans) and the balancing parameters {@code sd_init()} gives that level.
 *
 * @param level SMT, MC (last-level cache), PKG or NUMA
 * @param span CPUs of the domain
 * @param groups the spans of the child level that partition {@code span}
 * @param imbalancePct 110 for SMT, 117 above
 * @param cacheNiceTries 0 for SMT, 1 for MC/PKG, 2 for NUMA
 * @param preferSibling the child level has {@code SD_PREFER_SIBLING} (every level above SMT)
 */
public record SchedDomain(String level, CpuSet span, List<CpuSet> groups, int imbalancePct,
    int cacheNiceTries, boolean preferSibling) {

  public SchedDomain {
    groups = List.copyOf(groups);
  }

  /** {@code min_interval}: the span's CPU count in ms. */
  public long minIntervalNs() {
    return span.size() * 1_000_000L;
  }

  /** {@code max_interval}: twice the minimum. */
  public long maxIntervalNs() {
    return 2 * minIntervalNs();
  }

  /** The group holding {@code cpu}. */
  public CpuSet groupOf(int cpu) {
    for (CpuSet g : groups) {
      if (g.contains(cpu)) {
        return g;
      }
    }
    throw new IllegalArgumentException("cpu " + cpu + " is not in domain " + level + " " + span);
  }
}
