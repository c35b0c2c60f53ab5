package org.hvsched.kvm.cfs;

import java.util.EnumSet;
import java.util.Set;
import org.hvsched.api.Capability;

/** What the two fair-class providers share. */
final class ProviderSupport {
  private ProviderSupport() {}

  /** Both isolate cores when every task has a cookie, share by weights, cap, pin. */
  static Set<Capability> capabilities() {
    return EnumSet.of(Capability.CORE_ISOLATION, Capability.WEIGHTS, Capability.CAPS,
        Capability.HARD_AFFINITY, Capability.WORK_CONSERVING);
  }

  static final String COMMON = " with core scheduling as KVM uses it (libvirt sched_core"
      + " cookies, prctl(PR_SCHED_CORE), two-pass core-wide pick, forced idle), one cgroup per"
      + " VM (cpu.weight, cpu.max), SMT/LLC/NUMA-aware wake-up placement and load balancing";
}
