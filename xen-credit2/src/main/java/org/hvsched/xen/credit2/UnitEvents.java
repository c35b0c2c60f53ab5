package org.hvsched.xen.credit2;

import java.util.List;

/**
 * What happens to a unit outside a decision: it becomes runnable ({@code csched2_unit_wake}),
 * stops being runnable while not running ({@code csched2_unit_sleep}), or finishes switching out
 * ({@code unit_context_saved} and {@code csched2_context_saved}: re-queue or load update, budget
 * return and unparking, then a balance move waiting for the switch-out,
 * {@code sched_unit_migrate_finish}).
 */
final class UnitEvents {
  private final PoolState pool;

  UnitEvents(PoolState pool) {
    this.pool = pool;
  }

  /** {@code unit_context_saved} + {@code csched2_context_saved} + a pending balance move. */
  void contextSaved(UnitState u, long nowNs) {
    u.isRunning = false;
    u.stateEntryTimeNs = nowNs;
    u.scheduled = false;
    List<UnitState> wereParked = List.of();
    if (u.capped() && u.budgetNs > 0) {
      wereParked = pool.budgets.giveBack(u);
    }
    boolean requeue = u.delayedRunqAdd;
    u.delayedRunqAdd = false;
    if (requeue && u.runnable()) {
      pool.ops.insert(u);
      pool.tickler.runqTickle(u, nowNs);
    } else {
      pool.ops.updateLoad(u.rq, u, -1, nowNs);
    }
    pool.budgets.unpark(wereParked, nowNs);
    if (u.migrating) {
      finishMigration(u, nowNs);
    }
  }

  /** {@code sched_unit_migrate_finish}: pick (honouring the request), move, wake. */
  private void finishMigration(UnitState u, long nowNs) {
    int cpu = pool.placement.pick(u, null);
    pool.placement.migrateTo(u, cpu, nowNs);
    u.migrating = false;
    if (u.runnable()) {
      wake(u, nowNs);
    }
  }

  /** {@code csched2_unit_wake}. */
  void wake(UnitState u, long nowNs) {
    if (pool.isCurrent(u) || pool.ops.onRunq(u)) {
      return;
    }
    if (u.scheduled) {
      u.delayedRunqAdd = true;
      return;
    }
    pool.ops.updateLoad(u.rq, u, 1, nowNs);
    pool.ops.insert(u);
    pool.tickler.runqTickle(u, nowNs);
  }

  /** {@code csched2_unit_sleep}: the unit stopped being runnable while not running. */
  void sleep(UnitState u, long nowNs) {
    if (pool.isCurrent(u)) {
      pool.tickler.tickleCpu(u.master, u.rq);
    } else if (pool.ops.onRunq(u)) {
      pool.ops.updateLoad(u.rq, u, -1, nowNs);
      pool.ops.remove(u);
    } else {
      u.delayedRunqAdd = false;
    }
  }

}
