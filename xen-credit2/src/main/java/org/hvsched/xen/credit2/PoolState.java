package org.hvsched.xen.credit2;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hvsched.api.PolicyContext;
import org.hvsched.api.PoolSpec;
import org.hvsched.api.Task;

/**
 * Everything one credit2 instance knows: settings, resources, runqueues ({@code prv->rql},
 * ordered by id), units and domains, and the helpers that act on them. The helpers share it
 * instead of each other's fields, so each stays a small class that reads like its upstream
 * function.
 */
final class PoolState {
  final Credit2Settings settings;
  final PolicyContext ctx;
  final PoolSpec spec;
  final GranularityChoice gran;
  final Tracer trace;
  /** Master CPUs of the pool's resources ({@code cpupool_domain_master_cpumask}). */
  final BitSet masters = new BitSet();
  final List<Resource> resources = new ArrayList<>();
  final Map<Integer, Resource> resourceByCpu = new TreeMap<>();
  final List<RunqueueState> runqueues = new ArrayList<>();
  final List<UnitState> units = new ArrayList<>();
  final Map<Integer, DomainState> domains = new TreeMap<>();
  final Map<Integer, UnitState> unitByTask = new TreeMap<>();
  final Map<Integer, Task> tasks = new TreeMap<>();

  final RunqueueOps ops;
  final Accounting accounting;
  final Tickler tickler;
  final Budgets budgets;
  final Placement placement;
  final Balancer balancer;

  PoolState(Credit2Settings settings, PoolSpec spec, PolicyContext ctx) {
    this.settings = settings;
    this.spec = spec;
    this.ctx = ctx;
    this.gran = GranularityChoice.resolve(settings.schedGran(), spec.topology());
    this.trace = new Tracer(ctx);
    this.ops = new RunqueueOps(this);
    this.accounting = new Accounting(this);
    this.tickler = new Tickler(this);
    this.budgets = new Budgets(this);
    this.placement = new Placement(this);
    this.balancer = new Balancer(this);
  }

  Resource resourceOf(int cpu) {
    Resource r = resourceByCpu.get(cpu);
    if (r == null) {
      throw new IllegalArgumentException("cpu " + cpu + " is not in pool " + spec.name());
    }
    return r;
  }

  /** {@code curr_on_cpu(master) == u}. */
  boolean isCurrent(UnitState u) {
    return u.master >= 0 && resourceOf(u.master).curr == u;
  }

  /** {@code has_soft_affinity}: effective soft affinity that does not cover the pool. */
  boolean hasSoftAffinity(UnitState u) {
    if (u.hasSoft == null) {
      u.hasSoft = u.softAffEffective && !Masks.subset(masters, u.soft.toBitSet());
    }
    return u.hasSoft;
  }

  /** {@code affinity_balance_cpumask} for the soft step: soft and hard, or hard; a copy. */
  BitSet softStepMask(UnitState u) {
    return (BitSet) u.softStepBits.clone();
  }

  /** Hard affinity on the pool's masters (the unit's allowed masters); shared, do not modify. */
  BitSet hardMask(UnitState u) {
    return u.hardBits;
  }

  boolean taskRunnable(Task t) {
    UnitState u = unitByTask.get(t.id());
    return u != null && u.memberRunnable[u.unit.slotOf(t)];
  }
}
