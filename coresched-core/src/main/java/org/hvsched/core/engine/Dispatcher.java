package org.hvsched.core.engine;

import org.hvsched.api.Assignment;
import org.hvsched.api.Decision;
import org.hvsched.api.Occupant;
import org.hvsched.api.ScheduleReason;

/**
 * Carries out what policies decide, with the host's costs: asks for decisions (per thread, or
 * through Xen's rendezvous for multi-thread resources), checks them against the invariants,
 * switches threads (context switch in host state), and delivers remote assignments and
 * reschedule requests after the IPI latency, marking a sibling that still runs its old task as
 * leaving.
 */
final class Dispatcher {
  private final Engine engine;
  private final Commits commits;

  Commits commits() {
    return commits;
  }

  Dispatcher(Engine engine) {
    this.engine = engine;
    this.commits = new Commits(engine);
  }

  /** The thread {@code cpu} must reschedule (its task blocked or yielded, a slice, a request). */
  void requestSchedule(CpuRt cpu, ScheduleReason reason) {
    if (cpu.inIrq) {
      cpu.deferred.add(() -> requestSchedule(cpu, reason));
      return;
    }
    if (cpu.resource.multiThread()) {
      trigger(cpu.resource, cpu, reason);
    } else {
      scheduleThread(cpu, reason);
    }
  }

  private void scheduleThread(CpuRt cpu, ScheduleReason reason) {
    if (cpu.switching) {
      cpu.needResched = true;
      return;
    }
    PoolRt pool = cpu.pool;
    Decision d = callSchedule(pool, cpu, reason);
    commits.commit(d, pool, cpu.resource);
    cpu.ipiGen++;
    if (cpu.sliceHandle >= 0) {
      engine.cancel(cpu.sliceHandle);
      cpu.sliceHandle = -1;
    }
    cpu.sliceGen++;
    for (Assignment a : d.assignments()) {
      CpuRt target = engine.cpus[a.cpu()];
      if (target == cpu) {
        startSwitch(cpu, a.next());
      } else {
        sendAssign(target, a.next());
      }
    }
    if (d.sliceNs() > 0) {
      cpu.sliceHandle = engine.pushHandle(engine.nowNs() + d.sliceNs(),
          new Event.Slice(cpu.id, cpu.sliceGen));
    }
  }

  private Decision callSchedule(PoolRt pool, CpuRt cpu, ScheduleReason reason) {
    Decision[] out = new Decision[1];
    engine.withCpu(cpu.id, () -> out[0] = engine.guard(pool, cpu.id, "schedule", null,
        () -> pool.policy.schedule(cpu.id, engine.nowNs(), reason)));
    if (out[0] == null) {
      throw engine.violation("policy " + pool.policyId() + " returned no decision for CPU "
          + cpu.id);
    }
    if (engine.trace.enabled() && !out[0].reason().isEmpty()) {
      engine.trace.note(engine.nowNs(), cpu.id, out[0].reason());
    }
    return out[0];
  }

  /** A forced per-thread switch asked by a policy outside a decision. */
  void assign(PoolRt pool, CpuRt cpu, Occupant next) {
    commits.commit(new Decision(java.util.List.of(new Assignment(cpu.id, next)),
        Decision.NO_SLICE, "assign"), pool, null);
    sendAssign(cpu, next);
  }

  /** A reschedule request from a policy: lands after the IPI unless asked on the CPU itself. */
  void resched(CpuRt cpu) {
    if (cpu.reschedPending) {
      return;
    }
    cpu.reschedPending = true;
    engine.push(engine.nowNs() + latencyTo(cpu), new Event.Ipi(cpu.id, null, 0));
  }

  private void sendAssign(CpuRt cpu, Occupant next) {
    cpu.ipiGen++;
    // the sibling keeps its task, or the task it is switching to, until the IPI lands
    boolean keepsOther = cpu.switching ? !same(next, cpu.switchTarget)
        : cpu.loadedRt != null && !same(next, cpu.loaded);
    if (keepsOther && !cpu.leaving) {
      engine.accounting.changeState(cpu, () -> cpu.leaving = true);
    }
    engine.push(engine.nowNs() + latencyTo(cpu), new Event.Ipi(cpu.id, next, cpu.ipiGen));
  }

  private long latencyTo(CpuRt cpu) {
    return cpu.id == engine.currentCpu ? 0 : engine.spec.costs().ipiLatencyNs();
  }

  void onIpi(CpuRt cpu, Occupant next, long gen) {
    if (next == null) {
      cpu.reschedPending = false;
      requestSchedule(cpu, ScheduleReason.RESCHED);
      return;
    }
    if (gen != cpu.ipiGen) {
      return;
    }
    if (cpu.inIrq) {
      cpu.deferred.add(() -> onIpi(cpu, next, gen));
      return;
    }
    ResourceRt r = cpu.resource;
    if (r.inRendezvous) {
      if (r.decided) {
        r.targets[indexIn(r, cpu)] = next;
      }
      return;
    }
    startSwitch(cpu, next);
  }

  void onSlice(CpuRt cpu, long gen) {
    ResourceRt r = cpu.resource;
    long current = r.multiThread() ? r.sliceGen : cpu.sliceGen;
    if (gen == current) {
      if (r.multiThread()) {
        r.sliceHandle = -1;
      } else {
        cpu.sliceHandle = -1;
      }
      requestSchedule(cpu, ScheduleReason.SLICE);
    }
  }

  /** Starts switching {@code cpu} to {@code next} (immediately for the idle kinds). */
  void startSwitch(CpuRt cpu, Occupant next) {
    if (cpu.switching ? same(next, cpu.switchTarget) : same(next, cpu.loaded)) {
      if (cpu.leaving) {
        engine.accounting.changeState(cpu, () -> cpu.leaving = false);
      }
      return;
    }
    TaskRt target = next instanceof Occupant.Run r ? engine.rt(r.task()) : null;
    if (!cpu.switching) {
      cpu.switchPrev = cpu.loaded;
    }
    engine.accounting.changeState(cpu, () -> {
      cpu.leaving = false;
      unload(cpu);
      cpu.switchGen++;
      cpu.switching = target != null;
      cpu.switchTarget = target != null ? next : null;
      if (target == null) {
        cpu.load(next, null);
      }
    });
    if (target != null) {
      engine.push(engine.nowNs() + engine.spec.costs().contextSwitchNs(),
          new Event.SwitchDone(cpu.id, cpu.switchGen));
    } else {
      switched(cpu, cpu.switchPrev, next);
    }
  }

  /** Tells the policy that a switch on {@code cpu} completed (upstream's context_saved). */
  private void switched(CpuRt cpu, Occupant prev, Occupant next) {
    PoolRt pool = cpu.pool;
    Occupant before = prev == null ? Occupant.IDLE : prev;
    engine.withCpu(cpu.id, () -> engine.guard(pool, cpu.id, "switched", null, () -> {
      pool.policy.switched(cpu.id, before, next, engine.nowNs());
      return null;
    }));
  }

  void onSwitchDone(CpuRt cpu, long gen) {
    if (gen != cpu.switchGen || !cpu.switching) {
      return;
    }
    if (cpu.inIrq) {
      cpu.deferred.add(() -> onSwitchDone(cpu, gen));
      return;
    }
    TaskRt t = engine.rt(cpu.switchTarget.task());
    if (!t.runnable) {
      engine.accounting.changeState(cpu, () -> {
        cpu.switching = false;
        cpu.load(Occupant.IDLE, null);
      });
      cpu.needResched = false;
      requestSchedule(cpu, ScheduleReason.RESCHED);
      return;
    }
    if (t.onCpu >= 0 && t.onCpu != cpu.id) {
      t.awaitedBy = cpu.id;
      return;
    }
    Occupant next = cpu.switchTarget;
    engine.accounting.changeState(cpu, () -> {
      cpu.switching = false;
      cpu.switchTarget = null;
      cpu.load(next, t);
      t.onCpu = cpu.id;
    });
    switched(cpu, cpu.switchPrev, next);
    if (cpu.needResched) {
      cpu.needResched = false;
      requestSchedule(cpu, ScheduleReason.RESCHED);
    }
  }

  /** Takes the loaded task off {@code cpu} (inside a state change). */
  void unload(CpuRt cpu) {
    TaskRt old = cpu.loadedRt;
    cpu.load(Occupant.IDLE, null);
    if (old == null) {
      return;
    }
    old.onCpu = -1;
    if (old.awaitedBy >= 0) {
      CpuRt waiter = engine.cpus[old.awaitedBy];
      old.awaitedBy = -1;
      engine.push(engine.nowNs(), new Event.SwitchDone(waiter.id, waiter.switchGen));
    }
    engine.accounting.taskChanged(old);
  }

  // ---- Xen's rendezvous for multi-thread resources ----

  private void trigger(ResourceRt r, CpuRt cpu, ScheduleReason reason) {
    if (r.inRendezvous) {
      r.again |= r.decided;
      return;
    }
    r.inRendezvous = true;
    r.decided = false;
    r.again = false;
    r.arrived = 0;
    r.triggerCpu = cpu.id;
    r.reason = reason;
    r.gen++;
    if (r.sliceHandle >= 0) {
      engine.cancel(r.sliceHandle);
      r.sliceHandle = -1;
    }
    r.sliceGen++;
    for (CpuRt x : r.cpus) {
      if (x == cpu) {
        arrive(r, x);
      } else {
        engine.push(engine.nowNs() + engine.spec.costs().ipiLatencyNs(),
            new Event.RendezvousArrive(x.id, r.gen));
      }
    }
  }

  void onArrive(CpuRt cpu, long gen) {
    if (gen != cpu.resource.gen || !cpu.resource.inRendezvous) {
      return;
    }
    if (cpu.inIrq) {
      cpu.deferred.add(() -> onArrive(cpu, gen));
      return;
    }
    arrive(cpu.resource, cpu);
  }

  private void arrive(ResourceRt r, CpuRt x) {
    engine.accounting.changeState(x, () -> {
      x.inRendezvous = true;
      x.leaving = false;
      if (x.switching) {
        x.switching = false;
        x.switchTarget = null;
        x.switchGen++;
      }
    });
    x.needResched = false;
    if (++r.arrived == r.cpus.length) {
      engine.push(engine.nowNs() + engine.spec.costs().rendezvousNs(),
          new Event.RendezvousDecide(r.index, r.gen));
    }
  }

  void onDecide(ResourceRt r, long gen) {
    if (gen != r.gen) {
      return;
    }
    CpuRt trigger = engine.cpus[r.triggerCpu];
    Decision d = callSchedule(r.pool, trigger, r.reason);
    commits.commit(d, r.pool, r);
    boolean anySwitch = false;
    for (int i = 0; i < r.cpus.length; i++) {
      CpuRt x = r.cpus[i];
      r.targets[i] = d.occupantOf(x.id);
      x.ipiGen++;
      anySwitch |= r.targets[i] instanceof Occupant.Run && !same(r.targets[i], x.loaded);
    }
    for (Assignment a : d.assignments()) {
      if (engine.cpus[a.cpu()].resource != r) {
        sendAssign(engine.cpus[a.cpu()], a.next());
      }
    }
    r.decided = true;
    long release = engine.nowNs() + (anySwitch ? engine.spec.costs().contextSwitchNs() : 0);
    engine.push(release, new Event.RendezvousOut(r.index, r.gen));
    if (d.sliceNs() > 0) {
      r.sliceHandle = engine.pushHandle(engine.nowNs() + d.sliceNs(),
          new Event.Slice(r.cpus[0].id, r.sliceGen));
    }
  }

  void onOut(ResourceRt r, long gen) {
    if (gen != r.gen || !r.decided) {
      return;
    }
    r.inRendezvous = false;
    for (int i = 0; i < r.cpus.length; i++) {
      leaveRendezvous(r, r.cpus[i], r.targets[i]);
    }
    if (r.again) {
      r.again = false;
      trigger(r, engine.cpus[r.triggerCpu], ScheduleReason.RESCHED);
    }
  }

  private void leaveRendezvous(ResourceRt r, CpuRt x, Occupant next) {
    TaskRt t = next instanceof Occupant.Run run ? engine.rt(run.task()) : null;
    if (t != null && !t.runnable) {
      r.again = true;
      t = null;
      next = Occupant.IDLE;
    }
    TaskRt target = t;
    Occupant occ = next;
    Occupant prev = x.loaded;
    x.switchPrev = prev;
    boolean elsewhere = target != null && target.onCpu >= 0 && target.onCpu != x.id;
    engine.accounting.changeState(x, () -> {
      x.inRendezvous = false;
      if (target == null || target != x.loadedRt) {
        unload(x);
      }
      if (elsewhere) {
        x.switching = true;
        x.switchTarget = occ;
        x.switchGen++;
        target.awaitedBy = x.id;
      } else {
        x.load(occ, target);
        if (target != null) {
          target.onCpu = x.id;
        }
      }
    });
    if (!elsewhere && !same(prev, occ)) {
      switched(x, prev, occ);
    }
  }

  private static int indexIn(ResourceRt r, CpuRt cpu) {
    for (int i = 0; i < r.cpus.length; i++) {
      if (r.cpus[i] == cpu) {
        return i;
      }
    }
    throw new IllegalStateException(cpu + " is not in its resource");
  }

  /** Same occupant: the same task, or the same idle kind (and owner). */
  static boolean same(Occupant a, Occupant b) {
    if (a instanceof Occupant.Run ra && b instanceof Occupant.Run rb) {
      return ra.task().id() == rb.task().id();
    }
    return a != null && a.equals(b);
  }
}
