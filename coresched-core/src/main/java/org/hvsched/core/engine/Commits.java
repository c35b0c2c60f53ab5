package org.hvsched.core.engine;

import org.hvsched.api.Assignment;
import org.hvsched.api.Decision;
import org.hvsched.api.Occupant;
import org.hvsched.api.Task;

/**
 * Checks a policy's assignments against the invariants before the engine carries them out, and
 * records them as the CPUs' committed occupants: every thread of the resource is covered, every
 * CPU belongs to the pool, a task runs only where its hard affinity allows, never while blocked,
 * and on at most one CPU (a task committed elsewhere must be moved off in the same decision).
 */
final class Commits {
  private final Engine engine;

  Commits(Engine engine) {
    this.engine = engine;
  }

  void commit(Decision d, PoolRt pool, ResourceRt resource) {
    if (resource != null) {
      for (CpuRt x : resource.cpus) {
        if (d.occupantOf(x.id) == null) {
          throw engine.violation("policy " + pool.policyId() + " decided for CPU "
              + resource.cpus[0].id + " but left CPU " + x.id + " of the same "
              + pool.granularity.id() + " resource unassigned");
        }
      }
    }
    for (Assignment a : d.assignments()) {
      CpuRt cpu = a.cpu() < engine.cpus.length ? engine.cpus[a.cpu()] : null;
      if (cpu == null || cpu.pool != pool) {
        throw engine.violation("policy " + pool.policyId() + " assigned CPU " + a.cpu()
            + ", which is not in its pool " + pool.name());
      }
      if (cpu.committed instanceof Occupant.Run r) {
        TaskRt old = engine.rt(r.task());
        if (old.committedCpu == cpu.id) {
          old.committedCpu = -1;
        }
      }
    }
    for (Assignment a : d.assignments()) {
      if (a.next() instanceof Occupant.Run r) {
        check(pool, a.cpu(), r.task());
      }
      engine.cpus[a.cpu()].committed = a.next();
    }
  }

  private void check(PoolRt pool, int cpu, Task task) {
    if (task.id() >= engine.tasks.length || engine.tasks[task.id()].task != task) {
      throw engine.violation("policy " + pool.policyId() + " picked an unknown task " + task);
    }
    TaskRt t = engine.rt(task);
    if (engine.poolOfTask[t.id] != pool) {
      throw engine.violation("policy " + pool.policyId() + " picked task " + task
          + " of another pool on CPU " + cpu);
    }
    if (!t.runnable) {
      throw engine.violation("policy " + pool.policyId() + " picked blocked task " + task
          + " on CPU " + cpu);
    }
    if (!task.hardAffinity().contains(cpu)) {
      throw engine.violation("policy " + pool.policyId() + " put task " + task + " on CPU "
          + cpu + ", outside its hard affinity " + task.hardAffinity());
    }
    if (t.committedCpu >= 0 && t.committedCpu != cpu) {
      throw engine.violation("policy " + pool.policyId() + " put task " + task + " on CPU "
          + cpu + " while it is still assigned to CPU " + t.committedCpu);
    }
    t.committedCpu = cpu;
  }

  /** A task stopped being runnable on {@code cpu}: it is no longer committed there. */
  void release(CpuRt cpu, TaskRt t) {
    if (t.committedCpu >= 0) {
      CpuRt c = engine.cpus[t.committedCpu];
      if (c.committed instanceof Occupant.Run r && r.task().id() == t.id) {
        c.committed = Occupant.IDLE;
      }
      t.committedCpu = -1;
    }
  }
}
