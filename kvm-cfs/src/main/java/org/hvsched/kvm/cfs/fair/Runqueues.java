package org.hvsched.kvm.cfs.fair;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.hvsched.api.Task;
import org.hvsched.kvm.cfs.group.CfsBandwidth;
import org.hvsched.topology.CpuSet;

/**
 * The fair class of one pool: a {@link Rq} per CPU, the task groups, the tasks, and the
 * operations the policy, the core-wide pick and the balancer perform on them (activate,
 * deactivate, migrate, switch). Every change of a queue goes through here or {@link FairOps}.
 */
public final class Runqueues {
  private final Rq[] rqs;
  private final CpuSet cpus;
  private final FairOps ops;
  private final Host host;
  private final List<TaskGroup> groups = new ArrayList<>();
  private final List<TaskSched> tasks = new ArrayList<>();
  private TaskSched[] byTaskId = new TaskSched[16];
  private int nextEntityId;

  /** Builds the root group and a run queue for every CPU of {@code cpus}. */
  public Runqueues(CpuSet cpus, Features features, Tunables tunables, Host host) {
    this.cpus = cpus;
    this.host = host;
    this.rqs = new Rq[cpus.last() + 1];
    TaskGroup root = new TaskGroup(0, "root", cpus.last(), 0, null);
    groups.add(root);
    for (int cpu : cpus.toArray()) {
      CfsRq q = new CfsRq(cpu, root);
      root.queues[cpu] = q;
      rqs[cpu] = new Rq(cpu, q);
    }
    FairRules rules = features.eevdf()
        ? new EevdfRules(tunables, features.runToParity(), features.placeLag())
        : new CfsRules(tunables, features.gentleFairSleepers());
    this.ops = new FairOps(rules, tunables, host, features.wakeupPreemption(), rqs);
  }

  /** The hierarchical operations. */
  public FairOps ops() {
    return ops;
  }

  /** The CPUs of the pool. */
  public CpuSet cpus() {
    return cpus;
  }

  /** The run queue of {@code cpu}. */
  public Rq rq(int cpu) {
    checkArgument(cpu >= 0 && cpu < rqs.length && rqs[cpu] != null, "cpu %s is not in the pool",
        cpu);
    return rqs[cpu];
  }

  /** Every group, the root first. */
  public List<TaskGroup> groups() {
    return Collections.unmodifiableList(groups);
  }

  /** Every task, in the order added. */
  public List<TaskSched> tasks() {
    return Collections.unmodifiableList(tasks);
  }

  /** A VM cgroup with {@code shares}, and cpu.max when {@code bandwidth} is not null. */
  public TaskGroup newGroup(String name, long shares, CfsBandwidth bandwidth) {
    TaskGroup tg = new TaskGroup(groups.size(), name, cpus.last(), shares, bandwidth);
    for (int cpu : cpus.toArray()) {
      CfsRq q = new CfsRq(cpu, tg);
      q.runtimeEnabled = bandwidth != null;
      Entity se = new Entity(nextEntityId++, q, rqs[cpu].root);
      se.setWeight(shares, NiceWeights.invWeight(shares));
      tg.queues[cpu] = q;
      tg.entities[cpu] = se;
    }
    groups.add(tg);
    return tg;
  }

  /** A nice-0 task in group {@code tg}; it is blocked and on no CPU yet. */
  public TaskSched newTask(Task task, TaskGroup tg) {
    if (task.id() >= byTaskId.length) {
      byTaskId = Arrays.copyOf(byTaskId, Math.max(task.id() + 1, 2 * byTaskId.length));
    }
    checkArgument(byTaskId[task.id()] == null, "task %s added twice", task);
    Entity se = new Entity(nextEntityId++, task);
    se.depth = 1;
    TaskSched ts = new TaskSched(task, se, tg);
    se.owner = ts;
    tasks.add(ts);
    byTaskId[task.id()] = ts;
    return ts;
  }

  /**
   * Sets a task's nice level (its weight and inverse from the nice tables) before it is first
   * queued. The SPI has no nice values; tests and future task attributes use this.
   */
  public void setNice(TaskSched ts, int nice) {
    checkState(!ts.queued, "%s: nice can only be set while not queued", ts);
    ts.se.setWeight(NiceWeights.weightOfNice(nice), NiceWeights.wmultOfNice(nice));
  }

  /** The scheduling state of {@code task}. */
  public TaskSched task(Task task) {
    TaskSched ts = task.id() < byTaskId.length ? byTaskId[task.id()] : null;
    checkArgument(ts != null, "task %s was not added to this pool", task);
    return ts;
  }

  private void attach(TaskSched ts, int cpu) {
    ts.cpu = cpu;
    ts.se.cfsRq = ts.tg.queues[cpu];
    ts.se.parent = ts.tg.entities[cpu];
  }

  /**
   * {@code ttwu} into {@code cpu}'s queue: the first enqueue is a new task's, a change of CPU
   * is a waking migration ({@code migrate_task_rq_fair} then {@code ENQUEUE_MIGRATED}).
   */
  public void wakeOnto(TaskSched ts, int cpu) {
    checkState(!ts.queued, "%s is already runnable", ts);
    int flags;
    if (!ts.everQueued) {
      attach(ts, cpu);
      flags = Flags.ENQUEUE_INITIAL;
      ts.everQueued = true;
    } else if (cpu != ts.cpu) {
      ops.rules().migrateWaking(ts.se.cfsRq, ts.se);
      attach(ts, cpu);
      flags = Flags.ENQUEUE_WAKEUP | Flags.ENQUEUE_MIGRATED;
    } else {
      flags = Flags.ENQUEUE_WAKEUP;
    }
    activate(rqs[cpu], ts, flags);
  }

  /** The task sleeps: {@code dequeue_task(DEQUEUE_SLEEP)} from its queue. */
  public void sleep(TaskSched ts) {
    checkState(ts.queued, "%s is not runnable", ts);
    deactivate(rqs[ts.cpu], ts, Flags.DEQUEUE_SLEEP);
  }

  /** {@code deactivate_task}/{@code set_task_cpu}/{@code activate_task} of a queued task. */
  public void migrate(TaskSched ts, int dstCpu) {
    checkState(ts.queued && rqs[ts.cpu].curr != ts, "%s must be queued and not running", ts);
    deactivate(rqs[ts.cpu], ts, 0);
    attach(ts, dstCpu);
    activate(rqs[dstCpu], ts, 0);
  }

  private void activate(Rq rq, TaskSched ts, int flags) {
    ops.enqueueTask(rq, ts, flags);
    ts.queued = true;
    rq.tasks.add(ts);
  }

  private void deactivate(Rq rq, TaskSched ts, int flags) {
    ops.dequeueTask(rq, ts, flags);
    ts.queued = false;
    rq.tasks.remove(ts);
  }

  /** {@code pick_task_fair} on {@code rq}. */
  public TaskSched pickTask(Rq rq) {
    return ops.pickTask(rq);
  }

  /**
   * Makes {@code next} (or idle, when null) the CPU's current task: {@code put_prev} of the
   * old one, {@code set_next} of the new one (moved to the front of {@code cfs_tasks}).
   */
  public void switchTo(Rq rq, TaskSched next, boolean forcedIdle) {
    if (rq.curr != next) {
      if (rq.curr != null) {
        ops.putPrevTask(rq.curr);
      }
      if (next != null) {
        checkState(next.queued && next.cpu == rq.cpu, "%s is not queued on %s", next, rq);
        ops.setNextTask(next);
        rq.tasks.remove(next);
        rq.tasks.add(next);
      }
      rq.curr = next;
    }
    rq.forcedIdle = next == null && forcedIdle;
  }

  /** {@code update_curr} on every level of the CPU's running chain. */
  public void updateCurr(Rq rq) {
    ops.updateCurrChain(rq);
  }

  /** Marks {@code resched_curr} pending / done. */
  public void setNeedResched(Rq rq, boolean pending) {
    rq.needResched = pending;
  }

  /** Stores the idle task's {@code core_occupation} of a forced-idle pick. */
  public void setIdleCoreOccupation(Rq rq, int occupation) {
    rq.idleCoreOccupation = occupation;
  }

  /** Records a task's {@code core_occupation}. */
  public void setCoreOccupation(TaskSched ts, int occupation) {
    ts.coreOccupation = occupation;
  }

  /** The period timer of {@code tg}'s cpu.max fired; true when it stays armed. */
  public boolean periodElapsed(TaskGroup tg) {
    return ops.throttling.periodElapsed(tg);
  }

  /** {@code rq_clock_task} of {@code cpu} now. */
  public long clockTaskNs(int cpu) {
    return host.clockTaskNs(cpu);
  }

  /** True when the task's queue or an ancestor is throttled by cpu.max. */
  public boolean throttled(TaskSched ts) {
    return ts.se.cfsRq != null && Throttling.throttledHierarchy(ts.se.cfsRq);
  }

  /**
   * {@code task_h_load}: the task's share of its CPU's root load (its weight times its group
   * entity's weight over the group queue's weight; instantaneous weights, not PELT).
   */
  public long hierarchicalLoad(TaskSched ts) {
    Entity se = ts.se;
    long load = se.weight;
    for (Entity e = se; e.parent != null; e = e.parent) {
      load = load * e.parent.weight / Math.max(1, e.cfsRq.load);
    }
    return load;
  }

  /** Adds forced-idle time to a task ({@code __account_forceidle_time}). */
  public void addForceIdle(TaskSched ts, long deltaNs) {
    ts.forceIdleSumNs += deltaNs;
  }
}
