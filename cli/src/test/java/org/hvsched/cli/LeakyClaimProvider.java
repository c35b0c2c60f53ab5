package org.hvsched.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hvsched.api.Capability;
import org.hvsched.api.Decision;
import org.hvsched.api.Granularity;
import org.hvsched.api.IsolationClaim;
import org.hvsched.api.Occupant;
import org.hvsched.api.reference.ReferenceProviders;
import org.hvsched.api.PolicyContext;
import org.hvsched.api.PolicyProvider;
import org.hvsched.api.PolicyTimer;
import org.hvsched.api.PoolSpec;
import org.hvsched.api.SchedPolicy;
import org.hvsched.api.ScheduleReason;
import org.hvsched.api.Task;
import org.hvsched.api.settings.ResolvedSettings;
import org.hvsched.api.settings.SettingDef;

/**
 * Test policy {@code test.leaky-claim}: schedules exactly as {@code basic.rr} (which mixes trust
 * domains on a core) but claims core isolation, so the auditor must catch it. Registered for the
 * cli tests only (the exit status 1 path of compare).
 */
public final class LeakyClaimProvider implements PolicyProvider {
  private final PolicyProvider rr = new ReferenceProviders.RoundRobin();

  @Override
  public String id() {
    return "test.leaky-claim";
  }

  @Override
  public String description() {
    return "test only: basic.rr claiming core isolation it does not provide";
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.of(Capability.CORE_ISOLATION);
  }

  @Override
  public List<SettingDef> settings() {
    return rr.settings();
  }

  @Override
  public SchedPolicy create(ResolvedSettings settings, PoolSpec pool, PolicyContext ctx) {
    SchedPolicy inner = rr.create(rr.resolve(settings.asMap()), pool, ctx);
    return new SchedPolicy() {
      @Override
      public Granularity granularity() {
        return inner.granularity();
      }

      @Override
      public IsolationClaim isolationClaim() {
        return IsolationClaim.cores(pool.cpus());
      }

      @Override
      public void addTask(Task task, long nowNs) {
        inner.addTask(task, nowNs);
      }

      @Override
      public void wake(Task task, long nowNs) {
        inner.wake(task, nowNs);
      }

      @Override
      public void block(Task task, int cpu, long nowNs) {
        inner.block(task, cpu, nowNs);
      }

      @Override
      public void yield(Task task, int cpu, long nowNs) {
        inner.yield(task, cpu, nowNs);
      }

      @Override
      public Decision schedule(int cpu, long nowNs, ScheduleReason reason) {
        return inner.schedule(cpu, nowNs, reason);
      }

      @Override
      public void timerFired(PolicyTimer timer, long nowNs) {
        inner.timerFired(timer, nowNs);
      }

      @Override
      public void switched(int cpu, Occupant prev, Occupant next, long nowNs) {
        inner.switched(cpu, prev, next, nowNs);
      }

      @Override
      public void checkInvariants(long nowNs) {
        inner.checkInvariants(nowNs);
      }
    };
  }
}
