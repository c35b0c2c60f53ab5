package org.hvsched.core.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hvsched.api.Assignment;
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
import org.hvsched.topology.Topology;

/**
 * A test-only policy with a Linux-like core-wide pick: the thread stays the resource, but each
 * decision picks the best task for the whole core (higher weight first, then lower task id;
 * with {@code localFirst}, a task that may run on the deciding CPU first, so two siblings
 * deciding at once can disagree, as per-runqueue picks do),
 * takes its trust domain as the core's cookie, keeps siblings that run that cookie, gives the
 * others a queued task of the cookie or forced idle (plain idle when nothing could run there),
 * and names the siblings whose occupant changes (remote assignments). No slices: decisions
 * happen on wake-ups and blocks only. Claims isolation of its cores.
 */
final class CoreWidePickPolicy implements SchedPolicy {

  /** Its provider (not registered with the service loader: tests pass it directly). */
  static final class Provider implements PolicyProvider {
    private final boolean localFirst;

    Provider() {
      this(false);
    }

    Provider(boolean localFirst) {
      this.localFirst = localFirst;
    }

    @Override
    public String id() {
      return "test.corewide";
    }

    @Override
    public String description() {
      return "test: Linux-like core-wide pick by trust domain";
    }

    @Override
    public Set<Capability> capabilities() {
      return EnumSet.of(Capability.HARD_AFFINITY, Capability.CORE_ISOLATION);
    }

    @Override
    public List<SettingDef> settings() {
      return List.of();
    }

    @Override
    public SchedPolicy create(ResolvedSettings settings, PoolSpec pool, PolicyContext ctx) {
      return new CoreWidePickPolicy(pool, ctx, localFirst);
    }
  }

  private final PolicyContext ctx;
  private final Topology topology;
  private final CpuSet cpus;
  private final RunQueue<Task> queue = new RunQueue<>(Task::id);
  private final Task[] current;
  private final Occupant[] assigned;
  private final boolean localFirst;

  private CoreWidePickPolicy(PoolSpec pool, PolicyContext ctx, boolean localFirst) {
    this.localFirst = localFirst;
    this.ctx = ctx;
    this.topology = pool.topology();
    this.cpus = pool.cpus();
    this.current = new Task[cpus.last() + 1];
    this.assigned = new Occupant[cpus.last() + 1];
    java.util.Arrays.fill(assigned, Occupant.IDLE);
  }

  private static long key(Task t) {
    return -((long) t.domain().weight() << 32) + t.id();
  }

  @Override
  public Granularity granularity() {
    return Granularity.THREAD;
  }

  @Override
  public IsolationClaim isolationClaim() {
    return IsolationClaim.cores(cpus);
  }

  @Override
  public void addTask(Task task, long nowNs) {}

  @Override
  public void wake(Task task, long nowNs) {
    queue.insert(task, key(task));
    ctx.resched(task.hardAffinity().first());
  }

  @Override
  public void block(Task task, int cpu, long nowNs) {
    queue.remove(task);
    for (int x : cpus) {
      if (current[x] == task) {
        current[x] = null;
      }
    }
  }

  @Override
  public void yield(Task task, int cpu, long nowNs) {}

  @Override
  public Decision schedule(int cpu, long nowNs, ScheduleReason reason) {
    if (current[cpu] != null) {
      queue.insert(current[cpu], key(current[cpu]));
      current[cpu] = null;
    }
    CpuSet core = topology.siblingsOf(cpu).intersect(cpus);
    String cookie = localFirst ? localCookie(cpu, core) : cookie(core);
    List<Assignment> out = new ArrayList<>();
    for (int x : core) {
      Occupant next = fill(x, x == cpu, cookie);
      if (x == cpu || !Dispatcher.same(next, assigned[x])) {
        out.add(new Assignment(x, next));
      }
      assigned[x] = next;
    }
    return new Decision(out, Decision.NO_SLICE, cookie == null ? "idle" : "cookie " + cookie);
  }

  /** The trust domain of the best task queued for, or running on, the core. */
  private String cookie(CpuSet core) {
    Task best = null;
    for (Task t : queue) {
      if (t.hardAffinity().intersects(core)) {
        best = t;
        break;
      }
    }
    for (int x : core) {
      if (current[x] != null && (best == null || key(current[x]) < key(best))) {
        best = current[x];
      }
    }
    return best == null ? null : best.trust();
  }

  /** The trust domain of the best queued task allowed on {@code cpu}, else of the core. */
  private String localCookie(int cpu, CpuSet core) {
    for (Task t : queue) {
      if (t.hardAffinity().contains(cpu)) {
        return t.trust();
      }
    }
    return cookie(core);
  }

  private Occupant fill(int x, boolean asking, String cookie) {
    Task kept = current[x];
    if (!asking && kept != null && kept.trust().equals(cookie)) {
      return Occupant.run(kept);
    }
    if (kept != null) {
      queue.insert(kept, key(kept));
      current[x] = null;
    }
    boolean anyAllowed = false;
    for (Task t : queue) {
      if (t.hardAffinity().contains(x)) {
        anyAllowed = true;
        if (t.trust().equals(cookie)) {
          queue.remove(t);
          current[x] = t;
          return Occupant.run(t);
        }
      }
    }
    return anyAllowed ? Occupant.forcedIdle() : Occupant.IDLE;
  }

  @Override
  public void timerFired(PolicyTimer timer, long nowNs) {}

  @Override
  public void checkInvariants(long nowNs) {
    for (int x : cpus) {
      if (current[x] != null && queue.contains(current[x])) {
        throw new IllegalStateException("t=" + nowNs + ": " + current[x] + " on CPU " + x
            + " is also queued");
      }
    }
  }
}
