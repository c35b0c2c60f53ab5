package org.hvsched.xen.credit2;

import java.util.BitSet;

/**
 * Load balancing between runqueues ({@code balance_load}, {@code consider}, {@code migrate}),
 * run only by a CPU that has just reset its runqueue's credits. It finds the runqueue whose
 * {@code b_avgload} differs most from the local one, stops below the threshold (1.0 when not
 * overloaded, 0.125 when overloaded, by default), then tries every push, pull and swap of one
 * unit each way and applies the one that leaves the smallest difference. Soft affinity is not
 * considered. Xen's trylocks are taken to succeed.
 *
 * <p>Quirk (modelled by default, {@code balanceThresholdQuirk}): Xen's threshold test reads the
 * runqueue left in {@code st.orqd} by the scan, i.e. the <em>last</em> runqueue iterated (which
 * may be the local one), not the one with the largest difference.
 */
final class Balancer {
  private final PoolState pool;
  private long bestDelta;
  private UnitState bestPush;
  private UnitState bestPull;

  Balancer(PoolState pool) {
    this.pool = pool;
  }

  /** {@code balance_load} on behalf of {@code cpu}. */
  void balance(int cpu, long nowNs) {
    RunqueueOps ops = pool.ops;
    RunqueueState local = pool.resourceOf(cpu).rq;
    ops.updateRunqLoad(local, 0, nowNs);
    long maxDelta = 0;
    RunqueueState other = null;
    RunqueueState last = null;
    for (RunqueueState rq : pool.runqueues) {
      last = rq;
      if (rq == local) {
        continue;
      }
      ops.updateRunqLoad(rq, 0, nowNs);
      long d = Math.abs(local.bAvgLoad - rq.bAvgLoad);
      if (d > maxDelta) {
        maxDelta = d;
        other = rq;
      }
    }
    if (other == null) {
      return;
    }
    balanceWith(cpu, local, other, last, maxDelta, nowNs);
  }

  private void balanceWith(int cpu, RunqueueState local, RunqueueState other,
      RunqueueState last, long maxDelta, long nowNs) {
    RunqueueState tested = pool.settings.balanceThresholdQuirk() ? last : other;
    if (belowThreshold(local, tested, maxDelta)) {
      pool.trace.note(cpu, () -> String.format("balance_load: %s vs %s delta %d below threshold"
          + " (checked against %s)", local, other, maxDelta, tested));
      return;
    }
    choose(local, other, maxDelta, nowNs);
    UnitState push = bestPush;
    UnitState pull = bestPull;
    pool.trace.note(cpu, () -> String.format("balance_load: %s vs %s push %s pull %s", local,
        other, push, pull));
    if (push != null) {
      migrate(push, other, nowNs);
    }
    if (pull != null) {
      migrate(pull, local, nowNs);
    }
  }

  private boolean belowThreshold(RunqueueState local, RunqueueState x, long maxDelta) {
    Credit2Settings s = pool.settings;
    long loadMax = Math.max(local.bAvgLoad, x.bAvgLoad);
    int cpusMax = Math.max(local.nrCpus, x.nrCpus);
    int p = s.loadPrecisionShift();
    if (loadMax < ((long) cpusMax << p)) {
      return maxDelta < (1L << (p + s.balanceUnder()));
    }
    return maxDelta < (1L << (p + s.balanceOver()));
  }

  /** The push/pull/swap search, in Xen's order; leaves the result in bestPush/bestPull. */
  private void choose(RunqueueState local, RunqueueState other, long maxDelta, long nowNs) {
    bestDelta = maxDelta;
    bestPush = null;
    bestPull = null;
    boolean innerUpdated = false;
    for (UnitState p : local.svc) {
      pool.ops.updateUnitLoad(p, 0, nowNs);
      if (!migrateable(p, other)) {
        continue;
      }
      for (UnitState q : other.svc) {
        if (!innerUpdated) {
          pool.ops.updateUnitLoad(q, 0, nowNs);
        }
        if (migrateable(q, local)) {
          consider(local, other, p, q);
        }
      }
      innerUpdated = true;
      consider(local, other, p, null);
    }
    for (UnitState q : other.svc) {
      if (migrateable(q, local)) {
        consider(local, other, null, q);
      }
    }
  }

  private void consider(RunqueueState l, RunqueueState o, UnitState push, UnitState pull) {
    long lLoad = l.bAvgLoad;
    long oLoad = o.bAvgLoad;
    if (push != null) {
      lLoad -= push.avgLoad;
      oLoad += push.avgLoad;
    }
    if (pull != null) {
      lLoad += pull.avgLoad;
      oLoad -= pull.avgLoad;
    }
    long delta = Math.abs(lLoad - oLoad);
    if (delta < bestDelta) {
      bestDelta = delta;
      bestPush = push;
      bestPull = pull;
    }
  }

  /** {@code unit_is_migrateable}: not already asked to move, and allowed on the target. */
  private boolean migrateable(UnitState u, RunqueueState target) {
    return !u.migrateRequest && pool.hardMask(u).intersects(target.active);
  }

  /**
   * {@code migrate}: a running unit is flagged and its CPU tickled (it moves after its switch
   * out); any other is moved at once, re-queued and tickled if it was queued.
   */
  void migrate(UnitState u, RunqueueState target, long nowNs) {
    if (u.scheduled) {
      u.migrateRq = target;
      u.migrating = true;
      u.migrateRequest = true;
      pool.tickler.tickleCpu(u.master, u.rq);
      return;
    }
    boolean wasQueued = pool.ops.onRunq(u);
    if (wasQueued) {
      pool.ops.remove(u);
      pool.ops.updateLoad(u.rq, null, -1, nowNs);
    }
    pool.ops.deassign(u);
    BitSet m = Masks.and(pool.hardMask(u), target.active);
    u.master = Masks.cycle(target.pickBias, m);
    target.pickBias = u.master;
    pool.ops.assign(u, target);
    if (wasQueued) {
      pool.ops.updateLoad(u.rq, null, 1, nowNs);
      pool.ops.insert(u);
      pool.tickler.runqTickle(u, nowNs);
    }
  }
}
