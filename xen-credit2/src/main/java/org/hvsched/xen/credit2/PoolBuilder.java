package org.hvsched.xen.credit2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hvsched.api.Domain;
import org.hvsched.api.Granularity;
import org.hvsched.api.SchedUnit;
import org.hvsched.api.Task;
import org.hvsched.topology.CpuSet;

/**
 * Sets a pool up as Xen does: resources and runqueues when the pool's CPUs join
 * ({@code schedule_cpu_add}, {@code cpu_add_to_runqueue}, {@code init_cpu_runqueue}), then, at the
 * first event, every domain's units ({@code sched_init_vcpu}, {@code csched2_unit_insert}) and
 * their weight and cap ({@code xl}'s {@code csched2_dom_cntl} after creation).
 */
final class PoolBuilder {
  private final PoolState pool;

  PoolBuilder(PoolState pool) {
    this.pool = pool;
  }

  /** Resources and runqueues; returns Xen's runqueue warnings. */
  List<String> buildResources() {
    for (CpuSet cpus : pool.gran.resources()) {
      Resource r = new Resource(cpus.toArray());
      pool.resources.add(r);
      pool.masters.set(r.master);
      for (int t : r.threads) {
        pool.resourceByCpu.put(t, r);
      }
    }
    int[] masters = pool.masters.stream().toArray();
    RunqueueLayout layout = RunqueueLayout.build(masters, pool.spec.topology(),
        pool.settings.runqueue(), pool.settings.maxCpusRunqueue(),
        pool.gran.effective() == Granularity.THREAD,
        Math.max(1, pool.spec.hostThreadsPerCore()));
    for (int id = 0; id < layout.runqueues().size(); id++) {
      RunqueueState rq = new RunqueueState(id);
      pool.runqueues.add(rq);
      int[] cpus = layout.runqueues().get(id);
      rq.pickBias = cpus[0];
      for (int cpu : cpus) {
        addCpu(rq, pool.resourceOf(cpu));
      }
    }
    return layout.warnings();
  }

  /** {@code init_cpu_runqueue}. */
  private void addCpu(RunqueueState rq, Resource r) {
    r.rq = rq;
    r.siblingMask.set(r.master);
    if (rq.nrCpus > 0) {
      for (int s : pool.spec.topology().siblingsOf(r.master).toArray()) {
        if (rq.active.get(s)) {
          pool.resourceOf(s).siblingMask.set(r.master);
          r.siblingMask.set(s);
        }
      }
    }
    rq.idle.set(r.master);
    rq.active.set(r.master);
    rq.smtIdle.set(r.master);
    rq.nrCpus++;
  }

  /** Units of every domain, inserted in domain then unit order; then caps. */
  void insertAll(Map<Integer, List<Task>> tasksByDomain, long nowNs) {
    Map<DomainState, List<UnitState>> created = new LinkedHashMap<>();
    for (List<Task> tasks : tasksByDomain.values()) {
      Domain d = tasks.get(0).domain();
      checkDomain(d);
      DomainState ds = pool.domains.computeIfAbsent(d.id(), k -> new DomainState(d));
      ds.weight = d.weight();
      List<UnitState> units = new ArrayList<>();
      int prevCpu = -1;
      for (SchedUnit su : UnitFactory.unitsOf(d, tasks, pool.gran.threadsPerResource(),
          pool.units.size())) {
        UnitState u = UnitFactory.stateOf(su, ds, pool.resources);
        prevCpu = insert(u, Placement.nextInitialCpu(prevCpu, pool.spec.cpus()), nowNs);
        for (int slot = 1; slot < su.slots().size(); slot++) {
          if (su.slots().get(slot) != null) {
            prevCpu = Placement.nextInitialCpu(prevCpu, pool.spec.cpus());
          }
        }
        units.add(u);
      }
      created.put(ds, units);
    }
    for (Map.Entry<DomainState, List<UnitState>> e : created.entrySet()) {
      if (e.getKey().domain.capPercent() > 0) {
        pool.budgets.enableCap(e.getKey(), e.getKey().domain.capPercent(), nowNs);
      }
    }
  }

  private static void checkDomain(Domain d) {
    if (d.weight() > 65_535) {
      throw new IllegalArgumentException(String.format(
          "domain %s: weight %d exceeds Xen's 16-bit weight (1..65535)", d.name(), d.weight()));
    }
    if (d.capPercent() > 65_535) {
      throw new IllegalArgumentException(String.format(
          "domain %s: cap %d exceeds Xen's 16-bit cap", d.name(), d.capPercent()));
    }
  }

  /**
   * {@code csched2_alloc_udata} + {@code csched2_unit_insert}; returns the CPU of the unit's
   * first member after placement.
   */
  private int insert(UnitState u, int initialCpu, long nowNs) {
    Resource initial = pool.resourceOf(initialCpu);
    u.master = initial.master;
    u.weight = u.dom.weight;
    u.avgLoad = 1L << (pool.settings.loadPrecisionShift() - 1);
    u.loadLastSample = Ewma.sample(nowNs);
    u.startTimeNs = nowNs;
    u.stateEntryTimeNs = nowNs;
    int cpu = pool.placement.pick(u, initial.rq);
    u.master = pool.resourceOf(cpu).master;
    pool.ops.assign(u, pool.resourceOf(u.master).rq);
    pool.units.add(u);
    u.dom.units.add(u);
    if (u.vcpuUnit) {
      u.dom.nrUnits++;
    }
    for (Task t : u.unit.slots()) {
      if (t != null) {
        pool.unitByTask.put(t.id(), u);
      }
    }
    return u.master;
  }

}
