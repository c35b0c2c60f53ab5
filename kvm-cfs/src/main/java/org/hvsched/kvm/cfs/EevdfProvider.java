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

/** {@code kvm.eevdf}: Linux 6.6 EEVDF with core scheduling, as a KVM host schedules vCPUs. */
public final class EevdfProvider implements PolicyProvider {
  /** The policy id. */
  public static final String ID = "kvm.eevdf";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Linux 6.6 EEVDF (lag, eligibility, virtual deadlines from the base slice, placement"
        + " with lag, RUN_TO_PARITY)"
        + ProviderSupport.COMMON;
  }

  @Override
  public Set<Capability> capabilities() {
    return ProviderSupport.capabilities();
  }

  @Override
  public List<SettingDef> settings() {
    return SettingNames.defs(FairClass.EEVDF);
  }

  @Override
  public void validate(ResolvedSettings settings) {
    CfsSettings.from(FairClass.EEVDF, settings);
  }

  @Override
  public SchedPolicy create(ResolvedSettings settings, PoolSpec pool, PolicyContext context) {
    return new CfsPolicy(CfsSettings.from(FairClass.EEVDF, settings), pool, context);
  }
}
