package org.hvsched.core.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hvsched.api.Task;
import org.hvsched.topology.Topology;

/**
 * A random but self-consistent stream of trace events (a task runs on at most one CPU, a switch
 * names the CPU's current task as prev), with the exact running time of every task.
 */
final class RandomRun {
  private final Random random;
  private final Topology host;
  private final List<Task> tasks;
  private final int[] cpus;
  private final Task[] current;
  private final long[] since;
  private final int[] runningOn;
  private final long[] runNs;
  private long nowNs;

  RandomRun(Random random, Topology host, List<Task> tasks) {
    this.random = random;
    this.host = host;
    this.tasks = tasks;
    this.cpus = host.online().toArray();
    this.current = new Task[host.maxCpu() + 1];
    this.since = new long[host.maxCpu() + 1];
    this.runningOn = new int[tasks.size()];
    this.runNs = new long[tasks.size()];
    java.util.Arrays.fill(runningOn, -1);
  }

  /** Feeds {@code steps} random events, then {@code end}. */
  void feed(TraceSink sink, int steps) {
    sink.begin(host, tasks);
    for (int i = 0; i < steps; i++) {
      nowNs += random.nextInt(4) == 0 ? 0 : random.nextInt(3_000);
      switch (random.nextInt(6)) {
        case 0, 1, 2 -> doSwitch(sink);
        case 3 -> doWake(sink);
        case 4 -> doMigrate(sink);
        default -> sink.counter(nowNs, "credit vm1/u" + random.nextInt(2), random.nextInt(1000));
      }
    }
    nowNs += random.nextInt(5_000);
    for (int cpu : cpus) {
      if (current[cpu] != null) {
        runNs[current[cpu].id()] += nowNs - since[cpu];
      }
    }
    sink.end(nowNs);
  }

  long endNs() {
    return nowNs;
  }

  long runNs(Task t) {
    return runNs[t.id()];
  }

  private void doSwitch(TraceSink sink) {
    int cpu = cpus[random.nextInt(cpus.length)];
    Task prev = current[cpu];
    List<Task> idle = new ArrayList<>();
    for (Task t : tasks) {
      if (runningOn[t.id()] < 0) {
        idle.add(t);
      }
    }
    Task next = idle.isEmpty() || random.nextInt(4) == 0 ? null
        : idle.get(random.nextInt(idle.size()));
    if (prev != null) {
      runNs[prev.id()] += nowNs - since[cpu];
      runningOn[prev.id()] = -1;
    }
    if (next != null) {
      runningOn[next.id()] = cpu;
    }
    sink.threadState(nowNs, cpu, next == null ? org.hvsched.core.ThreadState.IDLE
        : org.hvsched.core.ThreadState.GUEST, next, next == null ? null : next.trust());
    sink.sched_switch(nowNs, cpu, prev, random.nextBoolean(), next);
    current[cpu] = next;
    since[cpu] = nowNs;
  }

  private void doWake(TraceSink sink) {
    Task t = tasks.get(random.nextInt(tasks.size()));
    int waker = random.nextInt(3) == 0 ? -1 : cpus[random.nextInt(cpus.length)];
    sink.sched_waking(nowNs, t, waker);
    sink.sched_wakeup(nowNs, t, random.nextBoolean() ? -1 : cpus[random.nextInt(cpus.length)]);
  }

  private void doMigrate(TraceSink sink) {
    Task t = tasks.get(random.nextInt(tasks.size()));
    if (runningOn[t.id()] >= 0) {
      return;
    }
    sink.sched_migrate_task(nowNs, t, cpus[random.nextInt(cpus.length)],
        cpus[random.nextInt(cpus.length)]);
  }
}
