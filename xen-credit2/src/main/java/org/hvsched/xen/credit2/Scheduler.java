package org.hvsched.xen.credit2;

import static org.hvsched.xen.credit2.Credit2Constants.MIGRATE_COMPENSATION;

import java.util.ArrayList;
import java.util.List;
import org.hvsched.api.Assignment;
import org.hvsched.api.Decision;
import org.hvsched.api.Occupant;
import org.hvsched.api.Task;

/**
 * {@code csched2_schedule} followed by the generic layer's switch ({@code sched_switch_units},
 * {@code sched_unit2vcpu_cpu}) and {@code context_saved} of the unit switched out. The switch-out
 * is completed at decision time: the engine's switch cost delays the new occupant, but credit2's
 * view (re-queue, load, budget return, pending balance move) is updated at once.
 */
final class Scheduler {
  private final PoolState pool;
  private final CandidatePicker picker;
  private final UnitEvents events;

  Scheduler(PoolState pool, UnitEvents events) {
    this.pool = pool;
    this.picker = new CandidatePicker(pool);
    this.events = events;
  }

  Decision schedule(Resource res, long nowNs) {
    int cpu = res.master;
    RunqueueState rq = res.rq;
    UnitState scurr = res.curr;
    if (rq.tickled.get(cpu)) {
      rq.tickled.clear(cpu);
      pool.tickler.smtIdleSet(cpu, Masks.andNot(rq.idle, rq.tickled), rq);
    }
    pool.accounting.burn(scurr, nowNs);
    if (scurr != null && scurr.budgetNs <= 0) {
      pool.budgets.grab(scurr, nowNs);
    }
    CandidatePicker.Pick pick = picker.pick(rq, scurr, cpu, nowNs);
    UnitState snext = pick.unit();
    pool.trace.note(cpu, () -> "runq_candidate: " + pick.rule() + " -> "
        + (snext == null ? "idle" : snext.toString()));
    if (snext != scurr && scurr != null && scurr.runnable()) {
      scurr.delayedRunqAdd = true;
    }
    int inflight = 0;
    if (snext != null) {
      inflight = accountNonIdle(rq, scurr, snext, cpu, nowNs);
    } else {
      accountIdle(rq, cpu, nowNs);
    }
    boolean continuing = snext == scurr;
    long slice = snext == null ? Decision.NO_SLICE : SliceLength.of(snext, continuing,
        headCredit(rq), inflight, rq.maxWeight, pool.settings.ratelimitNs(),
        snext == null ? 1 : pool.accounting.budgetRate(snext), nowNs);
    switchUnits(res, scurr, snext, nowNs);
    return decision(res, snext, slice, pick.rule());
  }

  private int accountNonIdle(RunqueueState rq, UnitState scurr, UnitState snext, int cpu,
      long nowNs) {
    if (snext != scurr) {
      pool.ops.remove(snext);
      snext.scheduled = true;
    } else {
      pool.ops.updateLoad(rq, snext, 0, nowNs);
    }
    if (rq.idle.get(cpu)) {
      rq.idle.clear(cpu);
      pool.tickler.smtIdleClear(cpu, rq);
    }
    if (pool.accounting.epochOver(rq, snext)) {
      pool.accounting.reset(rq, snext, cpu, nowNs);
      pool.balancer.balance(cpu, nowNs);
    }
    int inflight = scurr != null && scurr.delayedRunqAdd ? scurr.credit : 0;
    snext.startTimeNs = nowNs;
    snext.tickledCpu = -1;
    if (snext.master != cpu) {
      snext.credit += MIGRATE_COMPENSATION;
      snext.compensations++;
      snext.master = cpu;
      pool.trace.credit(snext);
    }
    return inflight;
  }

  private void accountIdle(RunqueueState rq, int cpu, long nowNs) {
    if (!rq.idle.get(cpu)) {
      rq.idle.set(cpu);
      pool.tickler.smtIdleSet(cpu, Masks.andNot(rq.idle, rq.tickled), rq);
    }
    pool.ops.updateLoad(rq, null, 0, nowNs);
  }

  private static Integer headCredit(RunqueueState rq) {
    UnitState head = rq.runq.first();
    return head == null ? null : head.credit;
  }

  /** {@code sched_switch_units} and, when the unit changed, {@code unit_context_saved}. */
  private void switchUnits(Resource res, UnitState prev, UnitState next, long nowNs) {
    if (prev == next) {
      return;
    }
    res.curr = next;
    if (next != null) {
      next.isRunning = true;
      next.stateEntryTimeNs = nowNs;
    }
    if (prev != null) {
      events.contextSaved(prev, nowNs);
    }
  }

  /** {@code sched_unit2vcpu_cpu} for every thread: members that can run, reserved idle else. */
  private Decision decision(Resource res, UnitState snext, long slice, String rule) {
    List<Assignment> out = new ArrayList<>(res.threads.length);
    for (int i = 0; i < res.threads.length; i++) {
      out.add(new Assignment(res.threads[i], occupant(snext, i)));
    }
    return new Decision(out, slice, rule);
  }

  static Occupant occupant(UnitState u, int slot) {
    if (u == null) {
      return Occupant.IDLE;
    }
    Task t = u.member(slot);
    if (t != null && u.memberRunnable[slot]) {
      return Occupant.run(t);
    }
    return Occupant.reservedIdle(u.dom.domain);
  }

}
