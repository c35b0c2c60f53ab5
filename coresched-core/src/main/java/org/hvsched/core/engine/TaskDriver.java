package org.hvsched.core.engine;

import static com.google.common.base.Preconditions.checkArgument;

import org.hvsched.api.ScheduleReason;
import org.hvsched.api.Task;
import org.hvsched.core.random.RandomStream;
import org.hvsched.core.workload.Step;
import org.hvsched.core.workload.WorkloadHost;

/**
 * Drives tasks through their programs and tells the policies: a task whose step ends asks its
 * program for the next one; computing and spinning make it runnable (a wake-up for the policy
 * when it was blocked), sleeping, waiting and done block it (the policy is told, then its CPU
 * reschedules). Wake-ups requested by workloads are delivered as events at the same instant, so
 * programs never run inside each other.
 */
final class TaskDriver implements WorkloadHost {
  private final Engine engine;

  TaskDriver(Engine engine) {
    this.engine = engine;
  }

  /** Starts {@code t} at time 0. */
  void start(TaskRt t) {
    advance(t);
  }

  /** The step of {@code t} ended: ask its program what comes next and apply it. */
  private void advance(TaskRt t) {
    for (int guard = 0; guard < 1_000_000; guard++) {
      Step step = t.program.next(engine.nowNs());
      checkArgument(step != null, "program of %s returned no step", t);
      t.step = step;
      if (step instanceof Step.Compute c) {
        t.spinning = false;
        t.remainingWork = c.workNs();
        t.cls = c.cls();
        runnable(t);
        return;
      } else if (step instanceof Step.Spin) {
        if (consumePendingWake(t)) {
          continue;
        }
        t.spinning = true;
        runnable(t);
        return;
      } else if (step instanceof Step.Sleep s) {
        t.sleepGen++;
        engine.push(engine.nowNs() + s.durationNs(), new Event.TaskTimer(t.id, t.sleepGen));
        block(t);
        return;
      } else if (step instanceof Step.Wait) {
        if (consumePendingWake(t)) {
          continue;
        }
        block(t);
        return;
      } else {
        block(t);
        return;
      }
    }
    throw engine.violation("program of task " + t + " looped a million times at one instant");
  }

  private static boolean consumePendingWake(TaskRt t) {
    if (t.pendingWake) {
      t.pendingWake = false;
      return true;
    }
    return false;
  }

  /** The task has work: restart its burst where it runs, or wake it up. */
  private void runnable(TaskRt t) {
    if (t.runnable) {
      if (t.onCpu >= 0) {
        CpuRt cpu = engine.cpus[t.onCpu];
        engine.accounting.changeState(cpu, () -> { });
      }
      return;
    }
    t.runnable = true;
    t.wokenAtNs = engine.nowNs();
    if (engine.trace.enabled()) {
      engine.trace.sched_waking(engine.nowNs(), t.task, engine.currentCpu);
      engine.trace.sched_wakeup(engine.nowNs(), t.task, t.lastCpu);
    }
    engine.accounting.taskChanged(t);
    PoolRt pool = engine.poolOfTask[t.id];
    engine.withCpu(-1, () -> engine.guard(pool, -1, "wake", t, () -> {
      pool.policy.wake(t.task, engine.nowNs());
      return null;
    }));
  }

  /** The task stops being runnable. */
  private void block(TaskRt t) {
    if (!t.runnable) {
      return;
    }
    t.spinning = false;
    int cpuId = t.onCpu;
    if (cpuId < 0) {
      throw engine.violation("task " + t + " blocked while not on a CPU");
    }
    CpuRt cpu = engine.cpus[cpuId];
    engine.accounting.changeState(cpu, () -> {
      t.runnable = false;
      cpu.leaving = false;
      engine.dispatcher.unload(cpu);
    });
    engine.dispatcher.commits().release(cpu, t);
    PoolRt pool = engine.poolOfTask[t.id];
    engine.withCpu(cpuId, () -> engine.guard(pool, cpuId, "block", t, () -> {
      pool.policy.block(t.task, cpuId, engine.nowNs());
      return null;
    }));
    engine.dispatcher.requestSchedule(cpu, ScheduleReason.BLOCK);
  }

  void onBurstEnd(CpuRt cpu, long gen) {
    if (gen != cpu.burstGen) {
      return;
    }
    cpu.burstHandle = -1;
    TaskRt t = cpu.loadedRt;
    if (t == null || t.spinning) {
      return;
    }
    engine.execution.settle(cpu.core, engine.nowNs());
    if (t.remainingWork > Execution.DONE_EPSILON) {
      engine.execution.reschedule(cpu.core, engine.nowNs());
      return;
    }
    advance(t);
  }

  /** A sleep ended, or a wake-up/release requested by a workload is delivered. */
  void onTimer(TaskRt t, long gen) {
    if (gen != t.sleepGen) {
      return;
    }
    t.wakeScheduled = false;
    if (t.step instanceof Step.Spin) {
      endSpin(t);
    } else if (!t.runnable && !(t.step instanceof Step.Done)) {
      advance(t);
    }
  }

  /**
   * A spinning task is released: it goes on at once where it executes; a spinner that is
   * preempted notices the release only when it runs again (its spin ends with no work left).
   */
  private void endSpin(TaskRt t) {
    if (t.onCpu >= 0 && Execution.executing(engine.cpus[t.onCpu]) == t) {
      engine.execution.settle(engine.cpus[t.onCpu].core, engine.nowNs());
      t.spinning = false;
      advance(t);
      return;
    }
    t.spinning = false;
    t.remainingWork = 0;
    if (t.onCpu >= 0) {
      engine.accounting.changeState(engine.cpus[t.onCpu], () -> { });
    }
  }

  // ---- WorkloadHost ----

  @Override
  public long nowNs() {
    return engine.nowNs();
  }

  @Override
  public void wake(Task task) {
    TaskRt t = engine.rt(task);
    boolean waiting = !t.runnable && t.step instanceof Step.Wait;
    boolean spinning = t.runnable && t.step instanceof Step.Spin && t.spinning;
    if ((waiting || spinning) && !t.wakeScheduled) {
      t.sleepGen++;
      t.wakeScheduled = true;
      engine.push(engine.nowNs(), new Event.TaskTimer(t.id, t.sleepGen));
    } else if (!(t.step instanceof Step.Done)) {
      t.pendingWake = true;
    }
  }

  @Override
  public void at(long atNs, Runnable action) {
    engine.push(atNs, new Event.WorkloadAction(action));
  }

  @Override
  public RandomStream stream(String name) {
    return RandomStream.of(engine.spec.seed(), name);
  }
}
