package org.hvsched.xen.credit2;

/**
 * Runqueue membership and load bookkeeping: {@code runq_insert}/{@code runq_remove} (the queue),
 * {@code _runq_assign}/{@code _runq_deassign} (the {@code svc} list, {@code max_weight},
 * {@code b_avgload}), {@code update_max_weight} and {@code update_load}.
 */
final class RunqueueOps {
  private final PoolState pool;

  RunqueueOps(PoolState pool) {
    this.pool = pool;
  }

  void insert(UnitState u) {
    u.rq.runq.insert(u);
  }

  void remove(UnitState u) {
    if (!u.rq.runq.remove(u)) {
      throw new IllegalStateException("unit " + u + " is not queued on " + u.rq);
    }
  }

  boolean onRunq(UnitState u) {
    return u.rq != null && u.rq.runq.contains(u);
  }

  /** {@code _runq_assign}. */
  void assign(UnitState u, RunqueueState rq) {
    u.rq = rq;
    rq.svc.add(u);
    updateMaxWeight(rq, u.weight, 0);
    rq.bAvgLoad += u.avgLoad;
  }

  /** {@code _runq_deassign}. */
  void deassign(UnitState u) {
    RunqueueState rq = u.rq;
    rq.svc.remove(u);
    updateMaxWeight(rq, 0, u.weight);
    rq.bAvgLoad = Math.max(rq.bAvgLoad - u.avgLoad, 0);
    u.rq = null;
  }

  /** {@code update_max_weight}: quick when the new weight is larger, full rescan otherwise. */
  void updateMaxWeight(RunqueueState rq, int newWeight, int oldWeight) {
    if (newWeight > rq.maxWeight) {
      rq.maxWeight = newWeight;
    } else if (oldWeight == rq.maxWeight) {
      int max = 1;
      for (UnitState u : rq.svc) {
        max = Math.max(max, u.weight);
      }
      rq.maxWeight = max;
    }
  }

  /** {@code update_load}: the runqueue's averages and, when {@code u} is given, the unit's. */
  void updateLoad(RunqueueState rq, UnitState u, int change, long nowNs) {
    updateRunqLoad(rq, change, nowNs);
    if (u != null) {
      updateUnitLoad(u, change, nowNs);
    }
  }

  /** {@code update_runq_load}. */
  void updateRunqLoad(RunqueueState rq, int change, long nowNs) {
    Credit2Settings s = pool.settings;
    long now = Ewma.sample(nowNs);
    int p = s.loadPrecisionShift();
    int w = s.windowSamplesShift();
    rq.avgLoad = Ewma.update(rq.avgLoad, rq.loadLastSample, now, rq.load, p, w);
    rq.bAvgLoad = Ewma.update(rq.bAvgLoad, rq.loadLastSample, now, rq.load, p, w);
    rq.load += change;
    rq.loadLastSample = now;
  }

  /** {@code update_svc_load}: the value that held is 1 before a -1, 0 before a +1. */
  void updateUnitLoad(UnitState u, int change, long nowNs) {
    long value = change == -1 ? 1 : change == 1 ? 0 : (u.runnable() ? 1 : 0);
    long now = Ewma.sample(nowNs);
    u.avgLoad = Ewma.update(u.avgLoad, u.loadLastSample, now, value,
        pool.settings.loadPrecisionShift(), pool.settings.windowSamplesShift());
    u.loadLastSample = now;
  }
}
