package org.hvsched.kvm.cfs.fair;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Recomputes the fair class's derived state from its raw state and fails, naming the task, CPU
 * and time, on the first mismatch: every runnable task in exactly one queue (in the tree or as
 * its queue's {@code curr}), blocked tasks in none; queue loads, counts and EEVDF sums equal the
 * sums over their entities; {@code min_vruntime} never decreased; a group entity is queued
 * exactly when its queue has entities and is not throttled; group load totals add up; each
 * CPU's {@code curr} chain is consistent.
 */
public final class Invariants {
  private final Runqueues rqs;
  private final Map<CfsRq, Long> lastMin = new IdentityHashMap<>();

  /** Checks for {@code rqs}. */
  public Invariants(Runqueues rqs) {
    this.rqs = rqs;
  }

  /** Throws {@link IllegalStateException} on the first broken invariant. */
  public void check(long nowNs) {
    int queued = 0;
    for (TaskSched ts : rqs.tasks()) {
      checkTask(ts, nowNs);
      queued += ts.queued ? 1 : 0;
    }
    int listed = 0;
    for (int cpu : rqs.cpus().toArray()) {
      listed += rqs.rq(cpu).tasks.size();
    }
    if (listed != queued) {
      fail(nowNs, -1, "run queues", listed + " tasks listed but " + queued + " queued");
    }
    for (TaskGroup tg : rqs.groups()) {
      long total = 0;
      for (int cpu : rqs.cpus().toArray()) {
        CfsRq q = tg.queues[cpu];
        checkQueue(q, nowNs);
        total += q.load;
        if (!tg.isRoot()) {
          checkGroupEntity(tg, cpu, nowNs);
        }
      }
      if (!tg.isRoot() && total != tg.totalLoad()) {
        fail(nowNs, -1, tg.name(), "group load total " + tg.totalLoad() + " != sum " + total);
      }
    }
    for (int cpu : rqs.cpus().toArray()) {
      checkCurr(rqs.rq(cpu), nowNs);
    }
  }

  private void checkTask(TaskSched ts, long nowNs) {
    Entity se = ts.se;
    boolean listed = ts.cpu >= 0 && rqs.rq(ts.cpu).tasks.contains(ts);
    if (ts.queued != listed || ts.queued != se.onRq) {
      fail(nowNs, ts.cpu, ts.toString(), "queued " + ts.queued + ", listed " + listed
          + ", entity on_rq " + se.onRq);
    }
    if (!ts.queued) {
      return;
    }
    CfsRq q = se.cfsRq;
    if (q != ts.tg.queues[ts.cpu]) {
      fail(nowNs, ts.cpu, ts.toString(), "entity queue " + q + " is not its group's on its cpu");
    }
    if (q.inTree(se) == (q.curr == se)) {
      fail(nowNs, ts.cpu, ts.toString(), "must be either in the tree or curr of " + q);
    }
  }

  private void checkQueue(CfsRq q, long nowNs) {
    long load = 0;
    long sumKey = 0;
    long sumW = 0;
    int nr = 0;
    for (Entity e : q.tree()) {
      if (!e.onRq || e.cfsRq != q) {
        fail(nowNs, q.cpu, e.toString(), "in the tree of " + q + " but not queued there");
      }
      load += e.weight;
      sumW += e.weight;
      sumKey += (e.vruntime - q.minVruntime) * e.weight;
      nr++;
    }
    if (q.curr != null && q.curr.onRq) {
      load += q.curr.weight;
      nr++;
    }
    if (load != q.load || nr != q.nrRunning) {
      fail(nowNs, q.cpu, q.toString(), "load/nr_running " + q.load + "/" + q.nrRunning
          + " != recomputed " + load + "/" + nr);
    }
    if (sumW != q.avgLoad || sumKey != q.avgVruntime) {
      fail(nowNs, q.cpu, q.toString(), "avg_load/avg_vruntime " + q.avgLoad + "/"
          + q.avgVruntime + " != recomputed " + sumW + "/" + sumKey);
    }
    Long before = lastMin.put(q, q.minVruntime);
    if (before != null && q.minVruntime < before) {
      fail(nowNs, q.cpu, q.toString(), "min_vruntime went back from " + before + " to "
          + q.minVruntime);
    }
  }

  private void checkGroupEntity(TaskGroup tg, int cpu, long nowNs) {
    CfsRq q = tg.queues[cpu];
    Entity se = tg.entities[cpu];
    boolean expected = q.nrRunning > 0 && !q.throttled;
    if (!Throttling.throttledHierarchy(q) && se.onRq != expected) {
      fail(nowNs, cpu, tg.name(), "group entity on_rq " + se.onRq + " but queue has "
          + q.nrRunning + " entities, throttled " + q.throttled);
    }
    int tasks = 0;
    for (TaskSched ts : rqs.rq(cpu).tasks) {
      if (ts.tg == tg) {
        tasks++;
      }
    }
    if (tasks != q.hNrRunning) {
      fail(nowNs, cpu, tg.name(), "h_nr_running " + q.hNrRunning + " != tasks " + tasks);
    }
  }

  private void checkCurr(Rq rq, long nowNs) {
    TaskSched c = rq.curr;
    if (c == null) {
      return;
    }
    if (c.cpu != rq.cpu) {
      fail(nowNs, rq.cpu, c.toString(), "curr of cpu " + rq.cpu + " but on cpu " + c.cpu);
    }
    for (Entity e = c.se; e != null; e = e.parent) {
      if (e.cfsRq.curr != e && e.onRq) {
        fail(nowNs, rq.cpu, c.toString(), "chain level " + e.cfsRq + " has curr "
            + e.cfsRq.curr);
      }
    }
  }

  static void fail(long nowNs, int cpu, String who, String what) {
    throw new IllegalStateException(String.format(
        "kvm.cfs invariant broken at nowNs=%d, cpu %d, %s: %s", nowNs, cpu, who, what));
  }
}
