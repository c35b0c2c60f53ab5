package org.hvsched.xen.credit2;

import static org.hvsched.xen.credit2.Credit2Constants.CREDIT_RESET;

/**
 * Charging run time ({@code burn_credits}) and the end of an epoch ({@code reset_credit}): every
 * unit assigned to the runqueue, blocked ones included, gets CREDIT_INIT (twice that when the
 * unit about to run sits at the floor), clipped to CREDIT_INIT + CARRYOVER_MAX; running units are
 * charged first, and one whose capped budget ran out is tickled so it gets parked.
 */
final class Accounting {
  private final PoolState pool;

  Accounting(PoolState pool) {
    this.pool = pool;
  }

  /** {@code burn_credits} for the unit running on its resource; no-op for idle (null). */
  void burn(UnitState u, long nowNs) {
    if (u == null) {
      return;
    }
    long delta = nowNs - u.startTimeNs;
    if (delta <= 0) {
      return;
    }
    Credits.Burn b = Credits.burn(u.credit, u.residual, delta, u.rq.maxWeight, u.weight);
    u.credit = b.credit();
    u.residual = b.residual();
    if (u.capped()) {
      u.budgetNs -= delta * budgetRate(u);
    }
    u.startTimeNs = nowNs;
    pool.trace.credit(u);
  }

  /**
   * Budget charged per ns of the unit's run: 1 (resource time, Xen), or the number of members
   * running ({@code capResourceTime=false}; at least 1, as a unit runs while any member can).
   */
  long budgetRate(UnitState u) {
    if (pool.settings.capResourceTime()) {
      return 1;
    }
    int running = 0;
    for (boolean r : u.memberRunnable) {
      running += r ? 1 : 0;
    }
    return Math.max(1, running);
  }

  /**
   * Charges the current unit before one of its members starts or stops running, so that with
   * {@code capResourceTime=false} each interval is charged at the rate that held in it (with
   * Xen's resource time nothing changes, and nothing is done).
   */
  void beforeMemberChange(UnitState u, long nowNs) {
    if (!pool.settings.capResourceTime() && u.capped() && pool.isCurrent(u)) {
      burn(u, nowNs);
    }
  }

  /** The reset test of {@code csched2_schedule}: the best credit is at or below zero. */
  boolean epochOver(RunqueueState rq, UnitState snext) {
    UnitState head = rq.runq.first();
    int top = head == null ? snext.credit : Math.max(snext.credit, head.credit);
    return top <= CREDIT_RESET;
  }

  /** {@code reset_credit}. */
  void reset(RunqueueState rq, UnitState snext, int cpu, long nowNs) {
    int add = Credits.resetAmount(snext.credit);
    for (UnitState u : rq.svc) {
      if (pool.isCurrent(u)) {
        burn(u, nowNs);
        if (u.budgetNs <= 0) {
          pool.tickler.tickleCpu(u.master, rq);
        }
      }
      u.credit = Credits.afterReset(u.credit, add);
      u.compensations = 0;
      u.startTimeNs = nowNs;
      pool.trace.credit(u);
    }
    rq.runq.rekeyAll();
    pool.trace.note(cpu, () -> String.format("reset_credit: %s +%dus (top credit <= 0 before %s)",
        rq, add / 1000, snext));
  }
}
