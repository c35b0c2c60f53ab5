package org.hvsched.kvm.cfs;

import java.util.List;
import java.util.Set;
import org.hvsched.api.Capability;
import org.hvsched.api.PolicyContext;
import org.hvsched.api.PolicyProvider;
import org.hvsched.api.PoolSpec;
import org.hvsched.api.SchedPolicy;
import org.hvsched.api.settings.ResolvedSettings;
import org.hvsched.api.settings.SettingDef;

/** {@code kvm.cfs}: Linux 6.1 CFS with core scheduling, as a KVM host schedules vCPUs. */
public final class CfsProvider implements PolicyProvider {
  /** The policy id. */
  public static final String ID = "kvm.cfs";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Linux 6.1 CFS (vruntime, latency/granularity tunables, sleeper credit, buddies)"
        + ProviderSupport.COMMON;
  }

  @Override
  public Set<Capability> capabilities() {
    return ProviderSupport.capabilities();
  }

  @Override
  public List<SettingDef> settings() {
    return SettingNames.defs(FairClass.CFS);
  }

  @Override
  public void validate(ResolvedSettings settings) {
    CfsSettings.from(FairClass.CFS, settings);
  }

  @Override
  public SchedPolicy create(ResolvedSettings settings, PoolSpec pool, PolicyContext context) {
    return new CfsPolicy(CfsSettings.from(FairClass.CFS, settings), pool, context);
  }
}
