package org.hvsched.core.engine;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.hvsched.api.Domain;
import org.hvsched.api.Occupant;
import org.hvsched.core.ThreadState;
import org.hvsched.core.stats.DomainStats;
import org.hvsched.core.stats.HostStats;
import org.hvsched.core.stats.RunOutcome;
import org.hvsched.core.stats.TaskStats;

/**
 * Time accounting for threads and tasks, and the single place where a thread's state changes:
 * {@link #changeState} settles the auditor and the bursts of the core, accounts the interval
 * that ends, applies the change, derives the new thread state and task categories, emits trace
 * events and reschedules the bursts.
 */
final class Accounting {
  private final Engine engine;
  private final long[] byState = new long[ThreadState.values().length];
  private long hostWorkNs;
  private long rendezvousNs;
  private long switchNs;
  private final long[] reservedByDomain;
  /** Wake latencies per domain, recorded as they happen (merging task histograms is slow). */
  private final Histogram[] wakeByDomain;

  Accounting(Engine engine) {
    this.engine = engine;
    this.reservedByDomain = new long[engine.spec.domains().size()];
    this.wakeByDomain = new Histogram[engine.spec.domains().size()];
    for (int i = 0; i < wakeByDomain.length; i++) {
      wakeByDomain[i] = new Histogram(3);
    }
  }

  /** Applies {@code mutation} to {@code cpu} with everything a state change implies. */
  void changeState(CpuRt cpu, Runnable mutation) {
    long now = engine.nowNs();
    CoreRt core = cpu.core;
    engine.auditor.advance(core, now);
    engine.execution.settle(core, now);
    TaskRt before = cpu.loadedRt;
    accountThread(cpu, now);
    mutation.run();
    refresh(cpu, now);
    if (before != null && before != cpu.loadedRt) {
      taskChanged(before);
    }
    if (cpu.loadedRt != null) {
      taskChanged(cpu.loadedRt);
    }
    engine.auditor.afterChange(core, now);
    engine.execution.reschedule(core, now);
  }

  /** Re-derives the thread state of {@code cpu} after its fields changed. */
  private void refresh(CpuRt cpu, long now) {
    ThreadState next;
    if (cpu.inHost()) {
      next = ThreadState.HOST;
    } else {
      Occupant o = cpu.loaded;
      next = o instanceof Occupant.Run ? ThreadState.GUEST
          : o instanceof Occupant.ForcedIdle ? ThreadState.FORCED_IDLE
          : o instanceof Occupant.ReservedIdle ? ThreadState.RESERVED_IDLE
          : ThreadState.IDLE;
    }
    TaskRt t = next == ThreadState.GUEST ? cpu.loadedRt : null;
    String trust = t != null ? t.task.trust()
        : next == ThreadState.RESERVED_IDLE && cpu.loaded instanceof Occupant.ReservedIdle r
            ? r.owner().trust() : null;
    boolean changed = next != cpu.state || t != cpu.stateTask
        || !java.util.Objects.equals(trust, cpu.stateTrust);
    cpu.state = next;
    cpu.hostKind = cpu.inIrq ? 0 : cpu.inRendezvous ? 1 : 2;
    cpu.reservedOwner = next == ThreadState.RESERVED_IDLE
        && cpu.loaded instanceof Occupant.ReservedIdle r ? r.owner() : null;
    cpu.stateTask = t;
    cpu.stateTrust = trust;
    if (changed && engine.trace.enabled()) {
      engine.trace.threadState(now, cpu.id, next, t == null ? null : t.task, trust);
    }
  }

  private void accountThread(CpuRt cpu, long now) {
    long dt = engine.window().clip(cpu.stateSinceNs, now);
    cpu.stateSinceNs = now;
    if (dt == 0) {
      return;
    }
    byState[cpu.state.ordinal()] += dt;
    if (cpu.state == ThreadState.HOST) {
      switch (cpu.hostKind) {
        case 0 -> hostWorkNs += dt;
        case 1 -> rendezvousNs += dt;
        default -> switchNs += dt;
      }
    } else if (cpu.reservedOwner != null) {
      reservedByDomain[cpu.reservedOwner.id()] += dt;
    }
  }

  /** Re-derives the category of {@code t} and emits the trace switches it implies. */
  void taskChanged(TaskRt t) {
    long now = engine.nowNs();
    TaskRt.Category next;
    int runningOn = -1;
    if (!t.runnable) {
      next = TaskRt.Category.BLOCKED;
    } else if (t.onCpu >= 0 && !engine.cpus[t.onCpu].inRendezvous
        && !engine.cpus[t.onCpu].switching) {
      next = TaskRt.Category.RUNNING;
      runningOn = t.onCpu;
    } else {
      next = t.parked ? TaskRt.Category.PARKED : TaskRt.Category.WAITING;
    }
    if (next == t.category && (next != TaskRt.Category.RUNNING
        || engine.cpus[runningOn].tracedTask == t)) {
      return;
    }
    accountTask(t, now);
    if (t.category == TaskRt.Category.RUNNING) {
      CpuRt was = engine.cpus[t.lastCpu];
      if (was.tracedTask == t) {
        was.tracedTask = null;
        engine.trace.sched_switch(now, was.id, t.task, t.runnable, null);
      }
    }
    t.category = next;
    if (next == TaskRt.Category.RUNNING) {
      startRunning(t, engine.cpus[runningOn], now);
    }
  }

  private void startRunning(TaskRt t, CpuRt cpu, long now) {
    if (t.lastCpu >= 0 && t.lastCpu != cpu.id) {
      engine.trace.sched_migrate_task(now, t.task, t.lastCpu, cpu.id);
      if (engine.window().clip(now, now + 1) > 0) {
        t.migrations++;
      }
    }
    if (engine.window().clip(now, now + 1) > 0) {
      t.contextSwitches++;
    }
    if (t.wokenAtNs >= 0) {
      if (t.wokenAtNs >= engine.window().fromNs()) {
        t.wakeLatency.recordValue(now - t.wokenAtNs);
        wakeByDomain[t.task.domain().id()].recordValue(now - t.wokenAtNs);
      }
      t.wokenAtNs = -1;
    }
    TaskRt prev = cpu.tracedTask;
    if (prev != null && prev != t) {
      engine.trace.sched_switch(now, cpu.id, prev.task, prev.runnable, t.task);
    } else {
      engine.trace.sched_switch(now, cpu.id, null, true, t.task);
    }
    cpu.tracedTask = t;
    t.lastCpu = cpu.id;
  }

  private void accountTask(TaskRt t, long now) {
    long dt = engine.window().clip(t.categorySinceNs, now);
    t.categorySinceNs = now;
    switch (t.category) {
      case RUNNING -> t.cpuNs += dt;
      case WAITING -> t.waitNs += dt;
      case PARKED -> t.parkedNs += dt;
      case BLOCKED -> t.blockedNs += dt;
    }
  }

  /** Host interrupt time on {@code cpu} since the start, the current interrupt included. */
  long hostTimeNs(CpuRt cpu) {
    return cpu.irqTotalNs + (cpu.inIrq ? engine.nowNs() - cpu.irqStartNs : 0);
  }

  /** Closes every interval at {@code endNs}, checks conservation and builds the outcome. */
  RunOutcome finish(long endNs, long events) {
    for (CoreRt core : engine.cores) {
      engine.execution.settle(core, endNs);
      for (CpuRt cpu : core.threads) {
        accountThread(cpu, endNs);
      }
    }
    engine.auditor.finish(engine.cores, endNs);
    long measured = engine.window().toNs() - engine.window().fromNs();
    List<TaskStats> taskStats = new ArrayList<>();
    for (TaskRt t : engine.tasks) {
      accountTask(t, endNs);
      long sum = t.cpuNs + t.waitNs + t.parkedNs + t.blockedNs;
      if (sum != measured) {
        throw engine.violation("time of task " + t.task.name() + " not conserved: " + sum
            + " != " + measured);
      }
      taskStats.add(new TaskStats(t.task, t.cpuNs, t.waitNs, t.parkedNs, t.blockedNs,
          Math.round(t.workDone), t.spinNs, Math.round(t.forcedIdleNs), t.contextSwitches,
          t.migrations, t.wakeLatency));
    }
    HostStats host = hostStats(measured);
    return new RunOutcome(measured, domainStats(taskStats), List.copyOf(taskStats), host,
        engine.auditor.report(engine.claimLevel()), events);
  }

  private HostStats hostStats(long measured) {
    int cpus = 0;
    long contextSwitches = 0;
    long migrations = 0;
    for (CoreRt c : engine.cores) {
      cpus += c.threads.length;
    }
    for (TaskRt t : engine.tasks) {
      contextSwitches += t.contextSwitches;
      migrations += t.migrations;
    }
    long busy = byState[ThreadState.GUEST.ordinal()] + byState[ThreadState.HOST.ordinal()];
    long idle = byState[ThreadState.IDLE.ordinal()];
    long forced = byState[ThreadState.FORCED_IDLE.ordinal()];
    long reserved = byState[ThreadState.RESERVED_IDLE.ordinal()];
    if (busy + idle + forced + reserved != cpus * measured) {
      throw engine.violation("host time not conserved: " + (busy + idle + forced + reserved)
          + " != " + cpus + " x " + measured);
    }
    return new HostStats(cpus, busy, idle, forced, reserved, hostWorkNs, rendezvousNs, switchNs,
        contextSwitches, migrations);
  }

  private List<DomainStats> domainStats(List<TaskStats> taskStats) {
    List<DomainStats> out = new ArrayList<>();
    List<List<TaskStats>> byDomain = new ArrayList<>();
    for (int i = 0; i < engine.spec.domains().size(); i++) {
      byDomain.add(new ArrayList<>());
    }
    for (TaskStats t : taskStats) {
      byDomain.get(t.task().domain().id()).add(t);
    }
    for (Domain d : engine.spec.domains()) {
      long[] s = new long[8];
      int n = 0;
      for (TaskStats t : byDomain.get(d.id())) {
        n++;
        s[0] += t.cpuNs();
        s[1] += t.waitNs();
        s[2] += t.parkedNs();
        s[3] += t.blockedNs();
        s[4] += t.workNs();
        s[5] += t.forcedIdleNs();
        s[6] += t.contextSwitches();
        s[7] += t.migrations();
      }
      out.add(new DomainStats(d, n, s[0], s[1], s[2], s[3], s[4], s[5], reservedByDomain[d.id()],
          s[6], s[7], wakeByDomain[d.id()]));
    }
    return List.copyOf(out);
  }
}
