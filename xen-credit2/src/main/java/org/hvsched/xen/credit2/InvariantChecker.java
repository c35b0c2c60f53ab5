package org.hvsched.xen.credit2;

import static org.hvsched.xen.credit2.Credit2Constants.CARRYOVER_MAX;
import static org.hvsched.xen.credit2.Credit2Constants.CREDIT_INIT;
import static org.hvsched.xen.credit2.Credit2Constants.CREDIT_MIN;
import static org.hvsched.xen.credit2.Credit2Constants.MIGRATE_COMPENSATION;

import java.util.BitSet;

/**
 * Recomputes credit2's derived state from raw state and compares: runqueue membership (each unit
 * in exactly the {@code svc} of its runqueue; queued exactly when runnable and not running),
 * queue order, credit bounds, {@code load}, {@code max_weight}, the idle, tickled and
 * {@code smt_idle} masks, running units, parked lists and budgets.
 */
final class InvariantChecker {
  private final PoolState pool;
  private long nowNs;

  InvariantChecker(PoolState pool) {
    this.pool = pool;
  }

  void check(long now) {
    this.nowNs = now;
    for (UnitState u : pool.units) {
      checkUnit(u);
    }
    for (RunqueueState rq : pool.runqueues) {
      checkRunqueue(rq);
    }
    for (Resource r : pool.resources) {
      checkResource(r);
    }
    for (DomainState d : pool.domains.values()) {
      checkDomain(d);
    }
  }

  private void checkUnit(UnitState u) {
    int holders = 0;
    for (RunqueueState rq : pool.runqueues) {
      holders += rq.svc.contains(u) ? 1 : 0;
      if (rq != u.rq && rq.runq.contains(u)) {
        fail(u, u.master, "queued on %s but assigned to %s", rq, u.rq);
      }
    }
    if (holders != 1 || u.rq == null || !u.rq.svc.contains(u)) {
      fail(u, u.master, "assigned to %d runqueues (field: %s)", holders, u.rq);
    }
    boolean current = pool.isCurrent(u);
    boolean queued = u.rq.runq.contains(u);
    if (queued != (u.runnable() && !current)) {
      fail(u, u.master, "queued=%s but runnable=%s running=%s", queued, u.runnable(), current);
    }
    if (pool.resourceOf(u.master).rq != u.rq || !pool.masters.get(u.master)) {
      fail(u, u.master, "its cpu is not a master cpu of its runqueue %s", u.rq);
    }
    if (current != u.isRunning || current != u.scheduled) {
      fail(u, u.master, "current=%s is_running=%s scheduled=%s", current, u.isRunning,
          u.scheduled);
    }
    long max = (long) CREDIT_INIT + CARRYOVER_MAX + (long) MIGRATE_COMPENSATION * u.compensations;
    if (u.credit < CREDIT_MIN || u.credit > max) {
      fail(u, u.master, "credit %d outside [%d, %d]", u.credit, CREDIT_MIN, max);
    }
    if (u.avgLoad < 0 || u.avgLoad > Ewma.one(pool.settings.loadPrecisionShift())) {
      fail(u, u.master, "load average %d outside [0, 1.0]", u.avgLoad);
    }
    if (u.delayedRunqAdd) {
      fail(u, u.master, "delayed runqueue add pending between events");
    }
    if (u.parked != u.dom.parked.contains(u)) {
      fail(u, u.master, "parked=%s but parked list says otherwise", u.parked);
    }
    boolean capped = u.vcpuUnit && u.dom.cap > 0;
    if (capped != u.capped()) {
      fail(u, u.master, "budget %d does not match cap %d", u.budgetNs, u.dom.cap);
    }
  }

  private void checkRunqueue(RunqueueState rq) {
    int load = 0;
    int maxWeight = 1;
    for (UnitState u : rq.svc) {
      maxWeight = Math.max(maxWeight, u.weight);
      if (rq.runq.contains(u) || pool.isCurrent(u)) {
        load++;
      }
    }
    int cpu = rq.active.nextSetBit(0);
    if (load != rq.load) {
      fail(null, cpu, "%s load %d, recount %d", rq, rq.load, load);
    }
    if (maxWeight != rq.maxWeight) {
      fail(null, cpu, "%s max_weight %d, recomputed %d", rq, rq.maxWeight, maxWeight);
    }
    int previous = Integer.MAX_VALUE;
    for (UnitState u : rq.runq) {
      if (u.credit > previous) {
        fail(u, cpu, "%s out of credit order (%d after %d)", rq, u.credit, previous);
      }
      previous = u.credit;
    }
    if (rq.avgLoad < 0 || rq.bAvgLoad < 0) {
      fail(null, cpu, "%s negative load average", rq);
    }
    if (!Masks.subset(rq.tickled, rq.active) || !Masks.subset(rq.idle, rq.active)) {
      fail(null, cpu, "%s idle %s / tickled %s outside active %s", rq, rq.idle, rq.tickled,
          rq.active);
    }
    BitSet smtIdle = new BitSet();
    BitSet idlers = Masks.andNot(rq.idle, rq.tickled);
    for (int m = rq.active.nextSetBit(0); m >= 0; m = rq.active.nextSetBit(m + 1)) {
      if (Masks.subset(pool.resourceOf(m).siblingMask, idlers)) {
        smtIdle.set(m);
      }
    }
    if (!smtIdle.equals(rq.smtIdle)) {
      fail(null, cpu, "%s smt_idle %s, recomputed %s", rq, rq.smtIdle, smtIdle);
    }
  }

  private void checkResource(Resource r) {
    boolean idle = r.curr == null;
    if (idle != r.rq.idle.get(r.master)) {
      fail(r.curr, r.master, "idle mask says %s but the resource runs %s",
          r.rq.idle.get(r.master), idle ? "idle" : r.curr);
    }
    if (r.curr != null && r.curr.master != r.master) {
      fail(r.curr, r.master, "running here but placed on cpu %d", r.curr.master);
    }
  }

  private void checkDomain(DomainState d) {
    int n = 0;
    for (UnitState u : d.units) {
      n += u.vcpuUnit ? 1 : 0;
    }
    if (n != d.nrUnits) {
      fail(null, -1, "domain %s nr_units %d, recount %d", d, d.nrUnits, n);
    }
    for (UnitState u : d.parked) {
      if (!u.parked) {
        fail(u, u.master, "on the parked list of %s but not parked", d);
      }
    }
  }

  private void fail(UnitState u, int cpu, String fmt, Object... args) {
    throw new IllegalStateException(String.format("credit2 invariant at %d ns, cpu %d, unit %s: %s",
        nowNs, cpu, u == null ? "-" : u.toString(), String.format(fmt, args)));
  }
}
