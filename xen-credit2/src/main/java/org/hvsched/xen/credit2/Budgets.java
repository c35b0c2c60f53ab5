package org.hvsched.xen.credit2;

import static org.hvsched.xen.credit2.Credit2Constants.MIN_TIMER_NS;

import java.util.ArrayList;
import java.util.List;
import org.hvsched.api.Task;

/**
 * Caps: a domain's budget pool refilled every period with {@code period * cap / 100}, from which
 * each unit grabs a quota ({@code max(total / nr_units, MIN_TIMER)}) before it runs; a unit that
 * finds the pool empty is parked until a refill or a sibling's return
 * ({@code unit_grab_budget}, {@code park_unit}, {@code unit_return_budget},
 * {@code unpark_parked_units}, {@code replenish_domain_budget}, the cap part of
 * {@code csched2_dom_cntl}).
 */
final class Budgets {
  private final PoolState pool;

  Budgets(PoolState pool) {
    this.pool = pool;
  }

  /**
   * Enables the domain's cap as {@code xl sched-credit2 -c} does on a domain whose units are
   * not running: pool filled, first refill one period from now, every unit's budget at 0.
   * Xen rejects a cap above 100 x the domain's units (EINVAL) and the domain keeps no cap; such a
   * cap could never bind (each unit runs at most one resource), so the run goes on uncapped and
   * says so. Returns false then.
   */
  boolean enableCap(DomainState d, int cap, long nowNs) {
    if (cap > 100 * d.nrUnits) {
      pool.ctx.note(pool.masters.nextSetBit(0), String.format("credit2: domain %s: cap %d"
          + " exceeds 100 x %d units; Xen rejects it (EINVAL) and the domain stays uncapped",
          d, cap, d.nrUnits));
      return false;
    }
    d.totBudgetNs = pool.settings.capPeriodNs() * cap / 100;
    for (UnitState u : d.units) {
      if (u.vcpuUnit) {
        u.budgetQuotaNs = Math.max(d.totBudgetNs / d.nrUnits, MIN_TIMER_NS);
        u.budgetNs = 0;
      }
    }
    d.budgetNs = d.totBudgetNs;
    d.nextReplNs = nowNs + pool.settings.capPeriodNs();
    d.replTimer = pool.ctx.newTimer("credit2 budget " + d, pool.masters.nextSetBit(0));
    d.replTimer.setAt(d.nextReplNs);
    d.cap = cap;
    return true;
  }

  /** {@code unit_grab_budget}: true when the unit holds budget afterwards; else it is parked. */
  boolean grab(UnitState u, long nowNs) {
    return grab(u, nowNs, false);
  }

  /**
   * {@link #grab(UnitState, long)}; with {@code keepQueued} a parked unit stays in the runqueue
   * for the caller to remove (the candidate scan, which cannot change the queue while walking
   * it).
   */
  boolean grab(UnitState u, long nowNs, boolean keepQueued) {
    if (u.budgetNs > 0) {
      return true;
    }
    DomainState d = u.dom;
    d.budgetNs += u.budgetNs;
    if (d.budgetNs > 0) {
      u.budgetNs = Math.min(u.budgetQuotaNs, d.budgetNs);
      d.budgetNs -= u.budgetNs;
    } else {
      u.budgetNs = 0;
      park(u, nowNs, keepQueued);
    }
    return u.budgetNs > 0;
  }

  /** {@code park_unit}: not runnable any more; out of the runqueue if it was queued. */
  private void park(UnitState u, long nowNs, boolean keepQueued) {
    u.parked = true;
    if (!keepQueued && pool.ops.onRunq(u)) {
      pool.ops.remove(u);
      pool.ops.updateLoad(u.rq, u, -1, nowNs);
    }
    u.dom.parked.addFirst(u);
    reportParked(u, true);
    pool.trace.note(u.master, () -> "park: " + u + " out of budget");
  }

  /**
   * {@code unit_return_budget}: gives back what the unit did not use; returns the units to
   * unpark when the pool became positive.
   */
  List<UnitState> giveBack(UnitState u) {
    DomainState d = u.dom;
    d.budgetNs += u.budgetNs;
    u.budgetNs = 0;
    return d.budgetNs > 0 ? drainParked(d) : List.of();
  }

  /** {@code unpark_parked_units}. */
  void unpark(List<UnitState> units, long nowNs) {
    for (UnitState u : units) {
      u.parked = false;
      reportParked(u, false);
      if (u.scheduled) {
        u.delayedRunqAdd = true;
      } else if (u.runnable()) {
        pool.ops.updateLoad(u.rq, u, 1, nowNs);
        pool.ops.insert(u);
        pool.tickler.runqTickle(u, nowNs);
      }
    }
  }

  /** {@code replenish_domain_budget}, run by the domain's timer. */
  void replenish(DomainState d, long nowNs) {
    long period = pool.settings.capPeriodNs();
    do {
      d.nextReplNs += period;
      d.budgetNs += d.totBudgetNs;
    } while (d.nextReplNs <= nowNs);
    if (d.budgetNs > 0) {
      d.budgetNs = Math.min(d.budgetNs, d.totBudgetNs);
      unpark(drainParked(d), nowNs);
    }
    d.replTimer.setAt(d.nextReplNs);
  }

  /** Tells the host that the unit's members are held back (or released) by the cap. */
  private void reportParked(UnitState u, boolean parked) {
    for (Task t : u.unit.slots()) {
      if (t != null) {
        pool.ctx.setParked(t, parked);
      }
    }
  }

  private static List<UnitState> drainParked(DomainState d) {
    List<UnitState> out = new ArrayList<>(d.parked);
    d.parked.clear();
    return out;
  }
}
