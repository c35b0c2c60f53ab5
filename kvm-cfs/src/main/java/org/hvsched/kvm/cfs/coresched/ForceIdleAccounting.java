package org.hvsched.kvm.cfs.coresched;

import org.hvsched.api.PolicyContext;
import org.hvsched.kvm.cfs.fair.Runqueues;
import org.hvsched.kvm.cfs.fair.TaskSched;

/**
 * {@code __sched_core_account_forceidle} ({@code kernel/sched/core_sched.c}, schedstats on):
 * the forced-idle time since the last accounting, scaled by forced-idle siblings over busy
 * siblings when either exceeds one, is added to every task running on the core -- the tasks
 * that ran beside the idle sibling are charged, not the starved ones. Runs at each core-wide
 * pick that finds the core forced idle and at each tick of a sibling ({@code sched_core_tick}).
 */
public final class ForceIdleAccounting {
  private final Runqueues rqs;
  private final PolicyContext ctx;

  ForceIdleAccounting(Runqueues rqs, PolicyContext ctx) {
    this.rqs = rqs;
    this.ctx = ctx;
  }

  /** Accounts forced idle up to {@code nowNs} if the core is forced idle. */
  public void account(CoreState core, long nowNs) {
    if (core.forceidleCount == 0 || core.forceidleStartNs < 0) {
      return;
    }
    long delta = nowNs - core.forceidleStartNs;
    if (delta <= 0) {
      return;
    }
    core.forceidleStartNs = nowNs;
    if (core.forceidleOccupation == 0) {
      return;
    }
    if (core.forceidleCount > 1 || core.forceidleOccupation > 1) {
      delta = delta * core.forceidleCount / core.forceidleOccupation;
    }
    for (int cpu : core.cpus.toArray()) {
      TaskSched p = rqs.rq(cpu).curr();
      if (p != null) {
        rqs.addForceIdle(p, delta);
        if (ctx.tracing()) {
          ctx.counter("core_forceidle_sum " + p.task().name(), p.forceIdleSumNs());
        }
      }
    }
  }
}
