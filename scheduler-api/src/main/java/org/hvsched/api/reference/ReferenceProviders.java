package org.hvsched.api.reference;

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

/** The providers of the two reference policies. */
public final class ReferenceProviders {
  private ReferenceProviders() {}

  private static final SettingDef SLICE = SettingDef.ofLong("sliceUs", 1000, "us", 1,
      1_000_000, "time slice; 1 ms, the order of the slices of the real schedulers modelled", "");

  /** {@code basic.rr}. */
  public static final class RoundRobin implements PolicyProvider {
    @Override
    public String id() {
      return "basic.rr";
    }

    @Override
    public String description() {
      return "reference: per-thread round robin, fixed slice, no isolation (SMT-on baseline)";
    }

    @Override
    public Set<Capability> capabilities() {
      return EnumSet.of(Capability.HARD_AFFINITY, Capability.WORK_CONSERVING);
    }

    @Override
    public List<SettingDef> settings() {
      return List.of(SLICE);
    }

    @Override
    public SchedPolicy create(ResolvedSettings s, PoolSpec pool, PolicyContext ctx) {
      return new RoundRobinPolicy(new RoundRobinPolicy.Settings(s.longValue("sliceUs") * 1000),
          pool, ctx);
    }
  }

  /** {@code basic.gang}. */
  public static final class Gang implements PolicyProvider {
    @Override
    public String id() {
      return "basic.gang";
    }

    @Override
    public String description() {
      return "reference: per-core gang round robin by trust domain, claims core isolation";
    }

    @Override
    public Set<Capability> capabilities() {
      return EnumSet.of(Capability.HARD_AFFINITY, Capability.CORE_ISOLATION);
    }

    @Override
    public List<SettingDef> settings() {
      return List.of(SLICE);
    }

    @Override
    public SchedPolicy create(ResolvedSettings s, PoolSpec pool, PolicyContext ctx) {
      return new GangPolicy(new GangPolicy.Settings(s.longValue("sliceUs") * 1000), pool, ctx);
    }
  }
}
