package org.hvsched.api.reference;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hvsched.api.Assignment;
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
import org.hvsched.topology.Topology;

/**
 * {@code basic.gang}: per-core gang round robin by trust domain, the simplest isolating policy
 * and the example of a multi-thread decision ({@link Granularity#CORE}).
 *
 * <p>Source: none (textbook gang scheduling, as in the isolation designs of other-hypervisors.md
 * section 4). Modeled: one global FIFO of runnable tasks; each decision takes the first task
 * that may run on the core, then fills the core's other threads with further tasks <em>of the
 * same trust domain</em> in FIFO order; threads left over hold reserved idle for that domain, so
 * a core never runs two trust domains at once, and the instance claims isolation for all its
 * cores. A waking task pokes a fully idle core it may use, or a core already running its trust
 * domain with a spare thread. Not modeled: weights, caps, soft affinity. Deviations: n/a.
 */
public final class GangPolicy implements SchedPolicy {

  /**
   * Settings of {@code basic.gang}.
   *
   * @param sliceNs time a gang holds a core before the next one gets it
   */
  public record Settings(long sliceNs) {
    public Settings {
      checkArgument(sliceNs > 0, "slice must be positive: %s", sliceNs);
    }
  }

  private final Settings settings;
  private final PolicyContext ctx;
  private final Topology topology;
  private final CpuSet cpus;
  private final RunQueue<Task> fifo = new RunQueue<>(Task::id);
  private final Task[] running;
  private final String[] gangTrust;
  /** The pool's threads of each CPU's core, computed once. */
  private final CpuSet[] coreOf;
  private long enqueueSeq;

  GangPolicy(Settings settings, PoolSpec pool, PolicyContext ctx) {
    this.settings = settings;
    this.ctx = ctx;
    this.topology = pool.topology();
    this.cpus = pool.cpus();
    this.running = new Task[cpus.last() + 1];
    this.gangTrust = new String[cpus.last() + 1];
    this.coreOf = new CpuSet[cpus.last() + 1];
    for (int cpu : cpus) {
      coreOf[cpu] = topology.siblingsOf(cpu).intersect(cpus);
    }
  }

  @Override
  public Granularity granularity() {
    return Granularity.CORE;
  }

  @Override
  public IsolationClaim isolationClaim() {
    return IsolationClaim.cores(cpus);
  }

  @Override
  public void addTask(Task task, long nowNs) {}

  @Override
  public void wake(Task task, long nowNs) {
    fifo.insert(task, enqueueSeq++);
    for (int cpu : task.hardAffinity()) {
      CpuSet core = siblings(cpu);
      if (idle(core) || (task.trust().equals(gangTrust[core.first()]) && running[cpu] == null)) {
        ctx.resched(cpu);
        return;
      }
    }
  }

  @Override
  public void block(Task task, int cpu, long nowNs) {
    if (running[cpu] == task) {
      running[cpu] = null;
    }
  }

  @Override
  public void yield(Task task, int cpu, long nowNs) {}

  @Override
  public Decision schedule(int cpu, long nowNs, ScheduleReason reason) {
    CpuSet core = siblings(cpu);
    for (int t : core) {
      if (running[t] != null) {
        fifo.insert(running[t], enqueueSeq++);
        running[t] = null;
      }
    }
    Task leader = firstFitting(core, null);
    String trust = leader == null ? null : leader.trust();
    List<Assignment> out = new ArrayList<>();
    for (int t : core) {
      gangTrust[t] = trust;
    }
    if (leader != null) {
      fill(core, trust);
    }
    for (int t : core) {
      Occupant o = running[t] != null ? Occupant.run(running[t])
          : leader != null ? Occupant.reservedIdle(leader.domain()) : Occupant.IDLE;
      out.add(new Assignment(t, o));
    }
    return new Decision(out, leader == null ? Decision.NO_SLICE : settings.sliceNs(),
        leader == null ? "idle" : "gang " + trust);
  }

  /** Places tasks of {@code trust} on free threads of {@code core}, FIFO order. */
  private void fill(CpuSet core, String trust) {
    List<Task> taken = new ArrayList<>();
    for (Task t : fifo) {
      if (!t.trust().equals(trust)) {
        continue;
      }
      for (int thread : core) {
        if (running[thread] == null && t.hardAffinity().contains(thread)) {
          running[thread] = t;
          taken.add(t);
          break;
        }
      }
    }
    taken.forEach(fifo::remove);
  }

  private Task firstFitting(CpuSet core, String trust) {
    for (Task t : fifo) {
      if ((trust == null || t.trust().equals(trust)) && t.hardAffinity().intersects(core)) {
        return t;
      }
    }
    return null;
  }

  private CpuSet siblings(int cpu) {
    return coreOf[cpu];
  }

  private boolean idle(CpuSet core) {
    for (int t : core) {
      if (running[t] != null || gangTrust[t] != null) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void timerFired(PolicyTimer timer, long nowNs) {}

  @Override
  public void checkInvariants(long nowNs) {
    for (int cpu : cpus) {
      Task t = running[cpu];
      if (t != null && (fifo.contains(t) || !t.trust().equals(gangTrust[cpu]))) {
        throw new IllegalStateException("t=" + nowNs + ": CPU " + cpu + " runs " + t
            + " which is queued or outside the core's gang " + gangTrust[cpu]);
      }
    }
    long distinct = Arrays.stream(running).filter(x -> x != null).distinct().count();
    if (distinct != Arrays.stream(running).filter(x -> x != null).count()) {
      throw new IllegalStateException("t=" + nowNs + ": a task runs on two CPUs");
    }
  }
}
