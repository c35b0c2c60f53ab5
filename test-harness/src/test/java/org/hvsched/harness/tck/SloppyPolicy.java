package org.hvsched.harness.tck;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hvsched.api.Capability;
import org.hvsched.api.Decision;
import org.hvsched.api.Granularity;
import org.hvsched.api.IsolationClaim;
import org.hvsched.api.Occupant;
import org.hvsched.api.PolicyContext;
import org.hvsched.api.PolicyProvider;
import org.hvsched.api.PolicyTimer;
import org.hvsched.api.PoolSpec;
import org.hvsched.api.RunQueue;
import org.hvsched.api.SchedPolicy;
import org.hvsched.api.ScheduleReason;
import org.hvsched.api.Task;
import org.hvsched.api.settings.ResolvedSettings;
import org.hvsched.api.settings.SettingDef;
import org.hvsched.topology.CpuSet;

/**
 * A test-only policy with the faults the kit must catch: every waking task goes to the first
 * CPU of its affinity and no CPU ever steals (not work conserving, though it says so); with
 * {@code strictPriority} the lowest task id always wins (starvation); with {@code claims} it
 * claims isolation it does not provide; with {@code leaky} its slice depends on how many
 * instances were created before (a determinism hazard: state shared across runs).
 */
final class SloppyPolicy implements SchedPolicy {
  private static int instances;

  /** The faults to have. */
  record Faults(boolean strictPriority, boolean claims, boolean leaky) {}

  /** A provider of a policy with {@code faults}. */
  static PolicyProvider provider(Faults faults) {
    return new PolicyProvider() {
      @Override
      public String id() {
        return "test.sloppy";
      }

      @Override
      public String description() {
        return "test: a policy with faults " + faults;
      }

      @Override
      public Set<Capability> capabilities() {
        return EnumSet.of(Capability.WORK_CONSERVING, Capability.HARD_AFFINITY,
            Capability.CORE_ISOLATION);
      }

      @Override
      public List<SettingDef> settings() {
        return List.of();
      }

      @Override
      public SchedPolicy create(ResolvedSettings settings, PoolSpec pool, PolicyContext ctx) {
        return new SloppyPolicy(faults, pool.cpus(), ctx);
      }
    };
  }

  private final Faults faults;
  private final CpuSet cpus;
  private final PolicyContext ctx;
  private final RunQueue<Task>[] queues;
  private final Task[] current;
  private final long sliceNs;
  private long seq;

  @SuppressWarnings("unchecked")
  private SloppyPolicy(Faults faults, CpuSet cpus, PolicyContext ctx) {
    this.faults = faults;
    this.cpus = cpus;
    this.ctx = ctx;
    this.queues = new RunQueue[cpus.last() + 1];
    this.current = new Task[cpus.last() + 1];
    for (int cpu : cpus) {
      queues[cpu] = new RunQueue<>(Task::id);
    }
    this.sliceNs = 1_000_000 + (faults.leaky() ? (instances++ % 5) * 10_000 : 0);
  }

  @Override
  public Granularity granularity() {
    return Granularity.THREAD;
  }

  @Override
  public IsolationClaim isolationClaim() {
    return faults.claims() ? IsolationClaim.cores(cpus) : IsolationClaim.none();
  }

  @Override
  public void addTask(Task task, long nowNs) {}

  @Override
  public void wake(Task task, long nowNs) {
    int cpu = task.hardAffinity().first();
    queue(cpu, task);
    if (current[cpu] == null) {
      ctx.resched(cpu);
    }
  }

  private void queue(int cpu, Task t) {
    queues[cpu].insert(t, faults.strictPriority() ? t.id() : seq++);
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
    if (current[cpu] != null) {
      queue(cpu, current[cpu]);
    }
    Task next = queues[cpu].pollFirst();
    current[cpu] = next;
    return next == null ? Decision.of(cpu, Occupant.IDLE, Decision.NO_SLICE, "idle")
        : Decision.of(cpu, Occupant.run(next), sliceNs, "next");
  }

  @Override
  public void timerFired(PolicyTimer timer, long nowNs) {}

  @Override
  public void checkInvariants(long nowNs) {}
}
