package org.hvsched.xen.credit2;

import java.util.BitSet;

/**
 * Choosing a resource for a unit ({@code csched2_res_pick}, {@code get_fallback_cpu}) when it is
 * inserted or when a balance move completes: a requested target runqueue first; else the least
 * loaded runqueue ({@code b_avgload}, the unit's own load discounted on its current runqueue),
 * preferring soft affinity; the CPU is the next after the runqueue's {@code pick_bias}. Wake-ups
 * never come here: a waking unit stays on its runqueue.
 */
final class Placement {
  private final PoolState pool;

  Placement(PoolState pool) {
    this.pool = pool;
  }

  /**
   * {@code csched2_res_pick}. {@code lockedRq} is a runqueue whose lock the caller holds (the
   * insertion quirk: {@code csched2_unit_insert} holds the initial CPU's lock, so that
   * runqueue's trylock fails and it is skipped); null when none. Xen's other trylocks are taken
   * to succeed.
   */
  int pick(UnitState u, RunqueueState lockedRq) {
    BitSet hard = pool.hardMask(u);
    if (u.migrateRequest) {
      u.migrateRequest = false;
      RunqueueState t = u.migrateRq;
      if (t != null && hard.intersects(t.active)) {
        int c = Masks.cycle(t.pickBias, Masks.and(hard, t.active));
        t.pickBias = c;
        return c;
      }
    }
    boolean hasSoft = pool.hasSoftAffinity(u);
    long minLoad = Long.MAX_VALUE;
    long minSoftLoad = Long.MAX_VALUE;
    RunqueueState minRq = null;
    RunqueueState minSoftRq = null;
    for (RunqueueState rq : pool.runqueues) {
      if (!hard.intersects(rq.active)) {
        continue;
      }
      long load = Long.MAX_VALUE;
      if (rq == u.rq) {
        load = Math.max(rq.bAvgLoad - u.avgLoad, 0);
      } else if (rq != lockedRq) {
        load = rq.bAvgLoad;
      }
      if (hasSoft && load < minSoftLoad
          && Masks.and(hard, rq.active).intersects(u.softStepBits)) {
        minSoftLoad = load;
        minSoftRq = rq;
      }
      if (load < minLoad) {
        minLoad = load;
        minRq = rq;
      }
    }
    BitSet mask;
    if (hasSoft && minSoftRq != null) {
      mask = Masks.and(Masks.and(hard, u.softStepBits), minSoftRq.active);
      minRq = minSoftRq;
    } else if (minRq != null) {
      mask = Masks.and(hard, minRq.active);
    } else {
      return fallback(u);
    }
    int c = Masks.cycle(minRq.pickBias, mask);
    minRq.pickBias = c;
    return c;
  }

  /**
   * {@code get_fallback_cpu}: the unit's CPU, else a CPU of its runqueue, in soft then hard
   * affinity; last, any CPU of its hard affinity.
   */
  int fallback(UnitState u) {
    int cpu = u.master;
    for (int step = 0; step < 2; step++) {
      boolean soft = step == 0;
      if (soft && !pool.hasSoftAffinity(u)) {
        continue;
      }
      BitSet m = soft ? pool.softStepMask(u) : (BitSet) pool.hardMask(u).clone();
      m.and(pool.masters);
      if (cpu >= 0 && m.get(cpu)) {
        return cpu;
      }
      if (u.rq != null && m.intersects(u.rq.active)) {
        return Masks.and(m, u.rq.active).nextSetBit(0);
      }
      if (!soft) {
        return m.nextSetBit(0);
      }
    }
    throw new IllegalStateException("unit " + u + " has no CPU in its hard affinity");
  }

  /**
   * {@code sched_select_initial_cpu} without NUMA node affinity: vCPU 0 of a domain on the pool's
   * first CPU, every next vCPU on the CPU after the previous one's (all threads of the pool).
   */
  static int nextInitialCpu(int previousCpu, org.hvsched.topology.CpuSet poolCpus) {
    if (previousCpu < 0) {
      return poolCpus.first();
    }
    int next = poolCpus.next(previousCpu + 1);
    return next >= 0 ? next : poolCpus.first();
  }

  /**
   * {@code csched2_unit_migrate}: to another runqueue through {@link Balancer#migrate}, else
   * just onto {@code cpu}.
   */
  void migrateTo(UnitState u, int cpu, long nowNs) {
    RunqueueState target = pool.resourceOf(cpu).rq;
    if (target != u.rq) {
      pool.balancer.migrate(u, target, nowNs);
    } else {
      u.master = cpu;
    }
  }
}
