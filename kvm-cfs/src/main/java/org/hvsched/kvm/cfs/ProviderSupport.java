package org.hvsched.kvm.cfs;

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

/**
 * What the two fair-class providers share: one {@link CfsPolicy} built for a {@link FairClass};
 * each provider adds its id and description.
 */
abstract class ProviderSupport implements PolicyProvider {

  static final String COMMON = " with core scheduling as KVM uses it (libvirt sched_core"
      + " cookies, prctl(PR_SCHED_CORE), two-pass core-wide pick, forced idle), one cgroup per"
      + " VM (cpu.weight, cpu.max), SMT/LLC/NUMA-aware wake-up placement and load balancing";

  private final FairClass fairClass;

  ProviderSupport(FairClass fairClass) {
    this.fairClass = fairClass;
  }

  /** Both isolate cores when every task has a cookie, share by weights, cap, pin. */
  private static Set<Capability> isolatingFairCapabilities() {
    return EnumSet.of(Capability.CORE_ISOLATION, Capability.WEIGHTS, Capability.CAPS,
        Capability.HARD_AFFINITY, Capability.WORK_CONSERVING);
  }

  @Override
  public final Set<Capability> capabilities() {
    return isolatingFairCapabilities();
  }

  @Override
  public final List<SettingDef> settings() {
    return SettingNames.defs(fairClass);
  }

  @Override
  public final void validate(ResolvedSettings settings) {
    CfsSettings.from(fairClass, settings);
  }

  @Override
  public final SchedPolicy create(ResolvedSettings settings, PoolSpec pool,
      PolicyContext context) {
    return new CfsPolicy(CfsSettings.from(fairClass, settings), pool, context);
  }
}
