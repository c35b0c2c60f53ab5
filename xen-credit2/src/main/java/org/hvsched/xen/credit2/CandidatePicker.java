package org.hvsched.xen.credit2;

import static org.hvsched.xen.credit2.Credit2Constants.IDLE_CREDIT;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * {@code runq_candidate}: what the resource of {@code cpu} runs next. The current unit keeps the
 * CPU inside its ratelimit (unless it yields); it is set aside when it runs outside its soft
 * affinity while an idle untickled CPU of that affinity exists; then the runqueue is scanned in
 * credit order and the first unit with more credit (any credit when yielding) that may run here,
 * is not reserved for another tickled CPU, beats migration resistance when it lives on another
 * CPU, and holds or can grab cap budget, wins.
 */
final class CandidatePicker {
  /** The chosen unit ({@code null} = idle) and the rule that chose it. */
  record Pick(UnitState unit, String rule) {}

  private final PoolState pool;

  CandidatePicker(PoolState pool) {
    this.pool = pool;
  }

  Pick pick(RunqueueState rq, UnitState scurr, int cpu, long nowNs) {
    boolean yield = false;
    UnitState snext = null;
    String rule = "idle: runqueue has nothing better";
    if (scurr != null) {
      yield = scurr.yielding;
      scurr.yielding = false;
      long ratelimit = pool.settings.ratelimitNs();
      if (!yield && ratelimit > 0 && scurr.runnable()
          && nowNs - scurr.stateEntryTimeNs < ratelimit) {
        return new Pick(scurr, "ratelimit");
      }
      boolean softPreempt = softAffinityPreempt(rq, scurr, cpu);
      if (scurr.runnable() && !softPreempt) {
        snext = scurr;
        rule = yield ? "yield: nobody eligible, current continues" : "current has most credit";
      } else if (softPreempt) {
        rule = "soft-affinity preempt: idle cpu in current's soft affinity";
      } else {
        rule = "current not runnable, runqueue has nothing";
      }
    }
    return scan(rq, snext, rule, yield, cpu, nowNs);
  }

  private Pick scan(RunqueueState rq, UnitState current, String rule, boolean yield, int cpu,
      long nowNs) {
    UnitState snext = current;
    int snextCredit = snext == null ? IDLE_CREDIT : snext.credit;
    List<String> skipped = pool.trace.on() ? new ArrayList<>() : null;
    List<UnitState> parked = new ArrayList<>();
    String chosenRule = rule;
    for (UnitState u : rq.runq) {
      if (!yield && u.credit <= snextCredit) {
        break;
      }
      String skip = skipReason(rq, u, cpu, snextCredit, parked, nowNs);
      if (skip != null) {
        if (skipped != null) {
          skipped.add(u + " (" + skip + ")");
        }
        continue;
      }
      snext = u;
      chosenRule = (yield ? "yield: " : "") + "runqueue unit with more credit"
          + (u.master != cpu ? " (pulled from cpu " + u.master + ")" : "");
      break;
    }
    finishParking(parked, nowNs);
    if (skipped != null && !skipped.isEmpty()) {
      String list = String.join(", ", skipped);
      pool.trace.note(cpu, () -> "runq_candidate: skipped " + list);
    }
    return new Pick(snext, chosenRule);
  }

  /** Why {@code u} may not run here now, or null; a failed budget grab parks it. */
  private String skipReason(RunqueueState rq, UnitState u, int cpu, int snextCredit,
      List<UnitState> parked, long nowNs) {
    if (!u.runnable()) {
      return "not runnable";
    }
    if (!u.hard.contains(cpu)) {
      return "hard affinity";
    }
    if (u.tickledCpu != -1 && u.tickledCpu != cpu && rq.tickled.get(u.tickledCpu)) {
      return "reserved for tickled cpu " + u.tickledCpu;
    }
    if (u.master != cpu && snextCredit + pool.settings.migrateResistNs() > u.credit) {
      return "migrate resist";
    }
    if (u.capped() && !pool.budgets.grab(u, nowNs, true)) {
      parked.add(u);
      return "no budget, parked";
    }
    return null;
  }

  /** Takes units parked during the scan off the runqueue ({@code park_unit}). */
  private void finishParking(List<UnitState> parked, long nowNs) {
    for (UnitState u : parked) {
      pool.ops.remove(u);
      pool.ops.updateLoad(u.rq, u, -1, nowNs);
    }
  }

  /** Whether {@code scurr} runs outside its soft affinity while an idle soft CPU exists. */
  private boolean softAffinityPreempt(RunqueueState rq, UnitState scurr, int cpu) {
    if (!pool.hasSoftAffinity(scurr)) {
      return false;
    }
    BitSet soft = pool.softStepMask(scurr);
    if (soft.get(cpu)) {
      return false;
    }
    soft.and(rq.idle);
    soft.andNot(rq.tickled);
    return soft.intersects(pool.masters);
  }
}
