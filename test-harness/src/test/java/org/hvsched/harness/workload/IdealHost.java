package org.hvsched.harness.workload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.hvsched.api.Domain;
import org.hvsched.api.Task;
import org.hvsched.api.TaskKind;
import org.hvsched.core.random.RandomStream;
import org.hvsched.core.stats.TaskStats;
import org.hvsched.core.workload.Step;
import org.hvsched.core.workload.TaskProgram;
import org.hvsched.core.workload.WorkloadHost;
import org.hvsched.topology.CpuSet;

/**
 * A test double of the engine for workload unit tests: every task has a dedicated CPU at full
 * speed and no switching cost, so a compute step of W ends exactly W later. Wake-up semantics
 * follow {@link WorkloadHost} (no lost wake-ups). Records the stream names asked for.
 */
final class IdealHost implements WorkloadHost {
  private record Ev(long atNs, long seq, Runnable action) {}

  private final PriorityQueue<Ev> queue = new PriorityQueue<>((a, b) -> a.atNs != b.atNs
      ? Long.compare(a.atNs, b.atNs) : Long.compare(a.seq, b.seq));
  private final long seed;
  private final Map<Task, TaskProgram> programs = new LinkedHashMap<>();
  private final Map<Task, Step> steps = new LinkedHashMap<>();
  private final Map<Task, Boolean> pending = new LinkedHashMap<>();
  private final Map<Task, long[]> workAndCpu = new LinkedHashMap<>();
  final List<String> streams = new ArrayList<>();
  private long nowNs;
  private long seq;
  private long warmupNs;
  private long endNs;

  IdealHost(long seed) {
    this.seed = seed;
  }

  /** {@code n} vCPU tasks of one domain {@code name}. */
  static List<Task> vcpus(String name, int n) {
    Domain d = new Domain(0, name, n, 256, 0, CpuSet.range(0, 63), CpuSet.range(0, 63), name,
        "pool0");
    List<Task> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Task(i, name + "/vcpu" + i, d, TaskKind.VCPU, i, 1001 + i, 1000, 1000,
          CpuSet.range(0, 63), CpuSet.range(0, 63)));
    }
    return out;
  }

  /** Starts {@code run}'s programs for {@code env}'s tasks, runs to the end, returns stats. */
  WorkloadStats run(WorkloadRun run, WorkloadEnv env) {
    warmupNs = env.warmupNs();
    endNs = env.endNs();
    for (Task t : env.tasks()) {
      programs.put(t, run.program(t, this));
      pending.put(t, false);
      workAndCpu.put(t, new long[2]);
    }
    for (Task t : env.tasks()) {
      advance(t);
    }
    while (!queue.isEmpty() && queue.peek().atNs < endNs) {
      Ev e = queue.poll();
      nowNs = e.atNs;
      e.action.run();
    }
    nowNs = endNs;
    List<TaskStats> stats = new ArrayList<>();
    for (Task t : env.tasks()) {
      long[] wc = workAndCpu.get(t);
      stats.add(new TaskStats(t, wc[1], 0, 0, 0, wc[0], 0, 0, 0, 0, Latencies.newHistogram()));
    }
    return new WorkloadStats(env.measuredNs(), stats);
  }

  private void advance(Task t) {
    for (int guard = 0; guard < 100_000; guard++) {
      Step s = programs.get(t).next(nowNs);
      steps.put(t, s);
      if (s instanceof Step.Compute c) {
        long start = nowNs;
        long end = nowNs + c.workNs();
        long overlap = Math.max(0, Math.min(end, endNs) - Math.max(start, warmupNs));
        workAndCpu.get(t)[0] += overlap;
        workAndCpu.get(t)[1] += overlap;
        push(end, () -> advance(t));
        return;
      } else if (s instanceof Step.Sleep sl) {
        push(nowNs + sl.durationNs(), () -> advance(t));
        return;
      } else if (s instanceof Step.Wait || s instanceof Step.Spin) {
        if (pending.get(t)) {
          pending.put(t, false);
          continue;
        }
        return;
      } else {
        return;
      }
    }
    throw new IllegalStateException("program of " + t + " loops at " + nowNs);
  }

  private void push(long atNs, Runnable r) {
    queue.add(new Ev(atNs, seq++, r));
  }

  @Override
  public long nowNs() {
    return nowNs;
  }

  @Override
  public void wake(Task task) {
    Step s = steps.get(task);
    if (s instanceof Step.Wait || s instanceof Step.Spin) {
      steps.put(task, null);
      push(nowNs, () -> advance(task));
    } else if (!(s instanceof Step.Done)) {
      pending.put(task, true);
    }
  }

  @Override
  public void at(long atNs, Runnable action) {
    if (atNs < nowNs) {
      throw new IllegalArgumentException("at " + atNs + " before now " + nowNs);
    }
    push(atNs, action);
  }

  @Override
  public RandomStream stream(String name) {
    streams.add(name);
    return RandomStream.of(seed, name);
  }
}
