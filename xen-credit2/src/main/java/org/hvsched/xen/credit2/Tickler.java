package org.hvsched.xen.credit2;

import static org.hvsched.xen.credit2.Credit2Constants.CREDIT_INIT;
import static org.hvsched.xen.credit2.Credit2Constants.RATELIMIT_TICKLE_TOLERANCE_NS;

import java.util.BitSet;

/**
 * Which CPU should pick up a unit just put on its runqueue ({@code runq_tickle},
 * {@code tickle_score}), and the tickle itself ({@code tickle_cpu}) with the {@code smt_idle}
 * bookkeeping. Order: an exclusively pinned unit's own idle CPU; then, for soft then hard
 * affinity, fully idle cores (or, with {@code sched_smt_power_savings}, idle threads of busy
 * cores), then any idle untickled CPU, each time the unit's own CPU first, else the next one
 * after it; then the busy untickled CPU with the best positive score (own CPU first, taken at
 * once if in the unit's soft affinity).
 */
final class Tickler {
  private final PoolState pool;

  Tickler(PoolState pool) {
    this.pool = pool;
  }

  /** {@code tickle_cpu}. */
  void tickleCpu(int cpu, RunqueueState rq) {
    rq.tickled.set(cpu);
    smtIdleClear(cpu, rq);
    pool.ctx.resched(cpu);
  }

  /** {@code smt_idle_mask_set}: the core's bits, if all its siblings are in {@code idlers}. */
  void smtIdleSet(int cpu, BitSet idlers, RunqueueState rq) {
    BitSet sib = pool.resourceOf(cpu).siblingMask;
    if (Masks.subset(sib, idlers)) {
      rq.smtIdle.or(sib);
    }
  }

  /** {@code smt_idle_mask_clear}. */
  void smtIdleClear(int cpu, RunqueueState rq) {
    BitSet sib = pool.resourceOf(cpu).siblingMask;
    if (Masks.subset(sib, rq.smtIdle)) {
      rq.smtIdle.andNot(sib);
    }
  }

  /** {@code runq_tickle}. */
  void runqTickle(UnitState u, long nowNs) {
    int cpu = u.master;
    RunqueueState rq = u.rq;
    if (u.pinned && rq.idle.get(cpu) && !rq.tickled.get(cpu)) {
      tickle(u, cpu, rq, "pinned, own cpu idle");
      return;
    }
    for (int step = 0; step < 2; step++) {
      boolean soft = step == 0;
      if (soft && !pool.hasSoftAffinity(u)) {
        continue;
      }
      BitSet aff = soft ? pool.softStepMask(u) : (BitSet) pool.hardMask(u).clone();
      aff.and(pool.masters);
      BitSet cores = pool.settings.smtPowerSavings() ? Masks.andNot(rq.idle, rq.smtIdle)
          : (BitSet) rq.smtIdle.clone();
      cores.and(aff);
      int i = Masks.testOrCycle(cpu, cores);
      String which = soft ? "soft" : "hard";
      if (i >= 0) {
        tickle(u, i, rq, (pool.settings.smtPowerSavings() ? "idle thread of a busy core ("
            : "fully idle core (") + which + ")");
        return;
      }
      BitSet idlers = Masks.andNot(rq.idle, rq.tickled);
      idlers.and(aff);
      i = Masks.testOrCycle(cpu, idlers);
      if (i >= 0) {
        tickle(u, i, rq, "idle cpu (" + which + ")");
        return;
      }
    }
    preempt(u, cpu, rq, nowNs);
  }

  private void preempt(UnitState u, int cpu, RunqueueState rq, long nowNs) {
    BitSet busy = Masks.andNot(rq.active, rq.idle);
    busy.andNot(rq.tickled);
    busy.and(pool.hardMask(u));
    long max = 0;
    int target = -1;
    if (busy.get(cpu)) {
      busy.clear(cpu);
      long s = score(u, cpu, nowNs);
      if (s > max) {
        max = s;
        target = cpu;
        if (u.soft.contains(cpu)) {
          tickle(u, cpu, rq, "preempt own cpu, score " + s);
          return;
        }
      }
    }
    for (int i = busy.nextSetBit(0); i >= 0; i = busy.nextSetBit(i + 1)) {
      long s = score(u, i, nowNs);
      if (s > max) {
        max = s;
        target = i;
      }
    }
    if (target < 0) {
      pool.trace.note(cpu, () -> "tickle: none for " + u + " (no idle cpu, no positive score)");
      return;
    }
    long best = max;
    tickle(u, target, rq, "preempt, score " + best);
  }

  /** {@code tickle_score}: -1 when the CPU's unit may not be preempted yet. */
  long score(UnitState u, int cpu, long nowNs) {
    UnitState cur = pool.resourceOf(cpu).curr;
    if (cur == null || !preemptable(cur, nowNs)) {
      return -1;
    }
    pool.accounting.burn(cur, nowNs);
    long score = (long) u.credit - cur.credit;
    if (u.master != cpu) {
      score -= pool.settings.migrateResistNs();
    }
    if (score > 0) {
      if (u.soft.contains(cpu)) {
        score += CREDIT_INIT;
      }
      if (!cur.soft.contains(cpu)) {
        score += CREDIT_INIT;
      }
    }
    return score;
  }

  /** {@code is_preemptable}: past the ratelimit minus its 50 us tolerance. */
  boolean preemptable(UnitState cur, long nowNs) {
    long ratelimit = pool.settings.ratelimitNs();
    if (ratelimit <= RATELIMIT_TICKLE_TOLERANCE_NS) {
      return true;
    }
    return nowNs - cur.stateEntryTimeNs > ratelimit - RATELIMIT_TICKLE_TOLERANCE_NS;
  }

  private void tickle(UnitState u, int target, RunqueueState rq, String rule) {
    pool.trace.note(target, () -> "tickle: " + rule + " -> cpu " + target + " for " + u);
    tickleCpu(target, rq);
    u.tickledCpu = target;
  }
}
