package org.hvsched.kvm.cfs.fair;

import java.util.Locale;

/** {@code sysctl_sched_tunable_scaling}: how the fair tunables grow with the CPU count. */
public enum TunableScaling {
  /** {@code SCHED_TUNABLESCALING_NONE}: factor 1. */
  NONE,
  /** {@code SCHED_TUNABLESCALING_LOG} (default): factor 1 + ilog2(min(cpus, 8)). */
  LOG,
  /** {@code SCHED_TUNABLESCALING_LINEAR}: factor min(cpus, 8). */
  LINEAR;

  /** The setting value. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
