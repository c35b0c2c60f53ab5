package org.hvsched.xen.credit2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hvsched.api.Decision;
import org.hvsched.api.Granularity;
import org.hvsched.api.IsolationClaim;
import org.hvsched.api.Occupant;
import org.hvsched.api.PolicyContext;
import org.hvsched.api.PolicyTimer;
import org.hvsched.api.PoolSpec;
import org.hvsched.api.SchedPolicy;
import org.hvsched.api.ScheduleReason;
import org.hvsched.api.Task;

/**
 * Xen's credit2 scheduler with scheduling-unit granularity ({@code sched-gran=cpu|core|socket}),
 * one instance per cpupool.
 *
 * <h2>Source</h2>
 * {@code xen-project/xen} at {@code RELEASE-4.22.0}: {@code xen/common/sched/credit2.c} (the
 * policy; unchanged in substance since 4.21.0, which added the in-flight credit to
 * {@code csched2_runtime}), {@code xen/common/sched/core.c} (units, resources, rendezvous, wake and
 * block paths, migration), {@code xen/common/sched/cpupool.c} (granularity checks and fallback),
 * {@code xen/common/sched/private.h} (affinity helpers). Facts condensed in
 * {@code shared/reference/xen.md}.
 *
 * <h2>Modeled</h2>
 * Credits (initial 10 ms, floor -10 ms, burn at {@code max_weight/weight} with remainder, reset of
 * every assigned unit when the best credit reaches 0, 2x at the floor, clip at 10.5 ms, 50 us
 * migration compensation); runqueues per {@code credit2_runqueue} with the per-runqueue CPU cap and
 * siblings kept together; {@code runq_candidate} (ratelimit, yield, soft-affinity preemption,
 * tickled-CPU reservation, migration resistance, budget); {@code csched2_runtime};
 * {@code runq_tickle} and {@code tickle_score} with {@code smt_idle} and
 * {@code sched_smt_power_savings}; fixed-point load EWMA and {@code b_avgload};
 * {@code balance_load} push/pull/swap with its thresholds and its threshold quirk (setting);
 * {@code csched2_res_pick} with the insertion trylock quirk; caps with per-domain budget,
 * quotas, parking and periodic replenishment, charged in resource time under sched-gran as Xen
 * does (setting {@code capResourceTime}: false charges thread time, as {@code xl.cfg(5)}
 * documents a cap); hard and soft affinity per unit; the pinned fast
 * path. Units and granularity: fixed units of consecutive vCPUs, reserved idle for absent or
 * blocked members, a member's wake-up as a forced per-thread switch ({@link PolicyContext#assign}),
 * a member's block as a full schedule, the asymmetric-topology fallback, the isolation claim.
 *
 * <h2>Not modeled</h2>
 * Tasklets and softirq work (the SPI has no host work a policy sees; credit2's tasklet path never
 * runs), remote {@code vcpu_sleep} (pause), run-time changes of weight, cap, affinity or
 * granularity, vCPU hot-plug, lock contention (every trylock succeeds), CPUs joining or leaving a
 * pool at run time, and the other Xen schedulers.
 *
 * <h2>Deviations</h2>
 * <ul>
 *   <li>{@code context_saved} runs at decision time (the engine still charges the switch cost),
 *       so {@code CSFLAG_delayed_runq_add} is only ever pending inside one decision.
 *   <li>Initial placement ignores libxl's automatic NUMA placement; affinity, weight and cap are
 *       in force from insertion (Xen applies them just after creation through a migration and a
 *       domctl, which end in the same state).
 *   <li>{@code num_online_cpus()} in the runqueue layout and the granularity check count the
 *       pool's CPUs, not the host's (identical with one pool).
 *   <li>Other VM threads (not vCPUs) are units of their domain, outside {@code nr_units} and the
 *       cap (in Xen they would be dom0 or stub-domain threads).
 * </ul>
 */
public final class Credit2Policy implements SchedPolicy {
  private final PoolState pool;
  private final PoolBuilder builder;
  private final Scheduler scheduler;
  private final UnitEvents events;
  private final List<String> layoutWarnings;
  private final Map<Integer, List<Task>> pendingByDomain = new TreeMap<>();
  private boolean started;

  Credit2Policy(Credit2Settings settings, PoolSpec spec, PolicyContext ctx) {
    this.pool = new PoolState(settings, spec, ctx);
    this.builder = new PoolBuilder(pool);
    this.events = new UnitEvents(pool);
    this.scheduler = new Scheduler(pool, events);
    this.layoutWarnings = builder.buildResources();
  }

  @Override
  public Granularity granularity() {
    return pool.gran.effective();
  }

  @Override
  public IsolationClaim isolationClaim() {
    switch (pool.gran.effective()) {
      case CORE:
        return IsolationClaim.cores(pool.spec.cpus());
      case SOCKET:
        return new IsolationClaim(IsolationClaim.Level.SOCKET, pool.spec.cpus());
      default:
        return IsolationClaim.none();
    }
  }

  /** Xen's "Asymmetric cpu configuration" warning when the granularity fell back, else empty. */
  public String fallbackNote() {
    return pool.gran.fallbackNote();
  }

  /** Xen's warnings about the runqueue layout (siblings forced past the per-runqueue cap). */
  public List<String> layoutWarnings() {
    return layoutWarnings;
  }

  @Override
  public void addTask(Task task, long nowNs) {
    if (started) {
      throw new IllegalStateException("task " + task + " added after the first event at "
          + nowNs + " ns; credit2 builds units once (vCPU hot-plug is not modelled)");
    }
    pool.tasks.put(task.id(), task);
    pendingByDomain.computeIfAbsent(task.domain().id(), k -> new ArrayList<>()).add(task);
  }

  @Override
  public void wake(Task task, long nowNs) {
    start(nowNs);
    UnitState u = unitOf(task);
    int slot = u.unit.slotOf(task);
    if (u.memberRunnable[slot]) {
      return;
    }
    pool.accounting.beforeMemberChange(u, nowNs);
    u.memberRunnable[slot] = true;
    if (u.parked || u.migrating) {
      return;
    }
    events.wake(u, nowNs);
    if (pool.isCurrent(u) && u.unit.slots().size() > 1) {
      pool.ctx.assign(pool.resourceOf(u.master).threads[slot], Occupant.run(task));
    }
  }

  @Override
  public void block(Task task, int cpu, long nowNs) {
    start(nowNs);
    UnitState u = unitOf(task);
    pool.accounting.beforeMemberChange(u, nowNs);
    u.memberRunnable[u.unit.slotOf(task)] = false;
    if (!pool.isCurrent(u) && !u.runnable() && !u.parked && !u.migrating) {
      events.sleep(u, nowNs);
    }
  }

  @Override
  public void yield(Task task, int cpu, long nowNs) {
    start(nowNs);
    unitOf(task).yielding = true;
  }

  @Override
  public Decision schedule(int cpu, long nowNs, ScheduleReason reason) {
    start(nowNs);
    return scheduler.schedule(pool.resourceOf(cpu), nowNs);
  }

  @Override
  public void timerFired(PolicyTimer timer, long nowNs) {
    start(nowNs);
    for (DomainState d : pool.domains.values()) {
      if (d.replTimer == timer) {
        pool.budgets.replenish(d, nowNs);
        return;
      }
    }
    throw new IllegalStateException("timer " + timer.label() + " is not credit2's");
  }

  @Override
  public void checkInvariants(long nowNs) {
    new InvariantChecker(pool).check(nowNs);
  }

  private UnitState unitOf(Task task) {
    UnitState u = pool.unitByTask.get(task.id());
    if (u == null) {
      throw new IllegalArgumentException("task " + task + " is not in pool " + pool.spec.name());
    }
    return u;
  }

  private void start(long nowNs) {
    if (started) {
      return;
    }
    started = true;
    int cpu = pool.masters.nextSetBit(0);
    if (!pool.gran.fallbackNote().isEmpty()) {
      pool.ctx.note(cpu, pool.gran.fallbackNote());
    }
    layoutWarnings.forEach(w -> pool.ctx.note(cpu, "credit2: " + w));
    builder.insertAll(new LinkedHashMap<>(pendingByDomain), nowNs);
    pendingByDomain.clear();
  }
}
