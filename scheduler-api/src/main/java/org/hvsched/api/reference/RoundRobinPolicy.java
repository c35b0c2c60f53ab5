package org.hvsched.api.reference;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import org.hvsched.api.Decision;
import org.hvsched.api.Granularity;
import org.hvsched.api.IsolationClaim;
import org.hvsched.api.Occupant;
import org.hvsched.api.PolicyContext;
import org.hvsched.api.PolicyTimer;
import org.hvsched.api.PoolSpec;
import org.hvsched.api.RunQueue;
import org.hvsched.api.SchedPolicy;
import org.hvsched.api.ScheduleReason;
import org.hvsched.api.Task;
import org.hvsched.topology.CpuSet;

/**
 * {@code basic.rr}: per-thread round robin with a fixed slice, the "SMT on, no isolation"
 * baseline and the simplest example of the SPI.
 *
 * <p>Source: none (a textbook round robin). Modeled: one FIFO runqueue per CPU; a waking task
 * goes to an idle allowed CPU, else to the allowed CPU with the shortest queue; a CPU that runs
 * dry steals the head of the longest queue it may run; a CPU that leaves tasks queued after a
 * decision pokes an idle CPU one of them may run on, so it steals (without this, a task
 * preempted at the end of its slice would wait beside an idle CPU that has no reason to look).
 * Not modeled: weights, caps, soft affinity, periodic balancing. Deviations: n/a.
 */
public final class RoundRobinPolicy implements SchedPolicy {

  /**
   * Settings of {@code basic.rr}.
   *
   * @param sliceNs time a task runs before the next one in its queue gets the CPU
   */
  public record Settings(long sliceNs) {
    public Settings {
      checkArgument(sliceNs > 0, "slice must be positive: %s", sliceNs);
    }
  }

  private final Settings settings;
  private final PolicyContext ctx;
  private final CpuSet cpus;
  private final RunQueue<Task>[] queues;
  private final Task[] current;
  private long enqueueSeq;

  @SuppressWarnings("unchecked")
  RoundRobinPolicy(Settings settings, PoolSpec pool, PolicyContext ctx) {
    this.settings = settings;
    this.ctx = ctx;
    this.cpus = pool.cpus();
    this.queues = new RunQueue[cpus.last() + 1];
    this.current = new Task[cpus.last() + 1];
    for (int cpu : cpus) {
      queues[cpu] = new RunQueue<>(Task::id);
    }
  }

  @Override
  public Granularity granularity() {
    return Granularity.THREAD;
  }

  @Override
  public IsolationClaim isolationClaim() {
    return IsolationClaim.none();
  }

  @Override
  public void addTask(Task task, long nowNs) {}

  @Override
  public void wake(Task task, long nowNs) {
    int cpu = placeWaking(task);
    queues[cpu].insert(task, enqueueSeq++);
    if (current[cpu] == null) {
      ctx.resched(cpu);
    }
  }

  /** An idle allowed CPU, else the allowed CPU with the fewest queued tasks. */
  private int placeWaking(Task task) {
    int best = -1;
    for (int cpu : task.hardAffinity()) {
      if (current[cpu] == null && queues[cpu].isEmpty()) {
        return cpu;
      }
      if (best < 0 || queues[cpu].size() < queues[best].size()) {
        best = cpu;
      }
    }
    return best;
  }

  @Override
  public void block(Task task, int cpu, long nowNs) {
    if (current[cpu] == task) {
      current[cpu] = null;
    }
  }

  @Override
  public void yield(Task task, int cpu, long nowNs) {}

  @Override
  public Decision schedule(int cpu, long nowNs, ScheduleReason reason) {
    Task prev = current[cpu];
    if (prev != null) {
      queues[cpu].insert(prev, enqueueSeq++);
    }
    Task next = queues[cpu].pollFirst();
    if (next == null) {
      next = steal(cpu);
    }
    current[cpu] = next;
    pokeIdleFor(cpu);
    return next == null
        ? Decision.of(cpu, Occupant.IDLE, Decision.NO_SLICE, "idle")
        : Decision.of(cpu, Occupant.run(next), settings.sliceNs(),
            next == prev ? "continue" : "next in queue");
  }

  /** Asks an idle CPU to steal, for each task still queued on {@code cpu} that may run there. */
  private void pokeIdleFor(int cpu) {
    if (queues[cpu].isEmpty() || !anyIdle()) {
      return;
    }
    for (Task t : queues[cpu]) {
      for (int other : t.hardAffinity()) {
        if (other != cpu && current[other] == null && queues[other].isEmpty()) {
          ctx.resched(other);
          break;
        }
      }
    }
  }

  private boolean anyIdle() {
    for (int cpu : cpus) {
      if (current[cpu] == null && queues[cpu].isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Takes the head of the longest other queue that holds a task allowed here. */
  private Task steal(int cpu) {
    int from = -1;
    for (int other : cpus) {
      if (other != cpu && !queues[other].isEmpty()
          && (from < 0 || queues[other].size() > queues[from].size())) {
        for (Task t : queues[other]) {
          if (t.hardAffinity().contains(cpu)) {
            from = other;
            break;
          }
        }
      }
    }
    if (from < 0) {
      return null;
    }
    for (Task t : queues[from]) {
      if (t.hardAffinity().contains(cpu)) {
        queues[from].remove(t);
        return t;
      }
    }
    return null;
  }

  @Override
  public void timerFired(PolicyTimer timer, long nowNs) {}

  @Override
  public void checkInvariants(long nowNs) {
    List<Task> seen = new ArrayList<>();
    for (int cpu : cpus) {
      if (current[cpu] != null) {
        seen.add(current[cpu]);
      }
      for (Task t : queues[cpu]) {
        if (!t.hardAffinity().contains(cpu) && !t.hardAffinity().isEmpty()) {
          throw new IllegalStateException("t=" + nowNs + ": " + t + " queued on CPU " + cpu
              + " outside its affinity");
        }
        seen.add(t);
      }
    }
    if (seen.stream().distinct().count() != seen.size()) {
      throw new IllegalStateException("t=" + nowNs + ": a task is queued or running twice: "
          + seen);
    }
  }
}
