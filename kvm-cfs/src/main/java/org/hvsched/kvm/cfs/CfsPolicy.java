package org.hvsched.kvm.cfs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hvsched.api.Assignment;
import org.hvsched.api.Decision;
import org.hvsched.api.Domain;
import org.hvsched.api.Granularity;
import org.hvsched.api.IsolationClaim;
import org.hvsched.api.Occupant;
import org.hvsched.api.PolicyContext;
import org.hvsched.api.PolicyTimer;
import org.hvsched.api.PoolSpec;
import org.hvsched.api.SchedPolicy;
import org.hvsched.api.ScheduleReason;
import org.hvsched.api.Task;
import org.hvsched.kvm.cfs.balance.BalanceActions;
import org.hvsched.kvm.cfs.balance.CookieMatch;
import org.hvsched.kvm.cfs.balance.LoadBalancer;
import org.hvsched.kvm.cfs.balance.Rebalancer;
import org.hvsched.kvm.cfs.balance.SchedDomains;
import org.hvsched.kvm.cfs.balance.WakePlacement;
import org.hvsched.kvm.cfs.cookie.CoreSchedMode;
import org.hvsched.kvm.cfs.cookie.LibvirtSchedCore;
import org.hvsched.kvm.cfs.coresched.CoreState;
import org.hvsched.kvm.cfs.coresched.CoreWidePick;
import org.hvsched.kvm.cfs.fair.Host;
import org.hvsched.kvm.cfs.fair.Invariants;
import org.hvsched.kvm.cfs.fair.Rq;
import org.hvsched.kvm.cfs.fair.Runqueues;
import org.hvsched.kvm.cfs.fair.TaskGroup;
import org.hvsched.kvm.cfs.fair.TaskSched;
import org.hvsched.kvm.cfs.fair.Tunables;
import org.hvsched.topology.Topology;

/**
 * Linux's fair scheduling class with core scheduling, as a KVM host runs its VMs: every vCPU,
 * emulator and I/O thread is a host task in its VM's cgroup; libvirt tags them with
 * core-scheduling cookies ({@code sched_core}); each CPU picks with CFS (6.1) or EEVDF (6.6),
 * and with cookies the pick is core-wide.
 *
 * <h2>Source</h2>
 * {@code kernel/sched/fair.c}, {@code core.c}, {@code core_sched.c}, {@code sched.h},
 * {@code features.h}, {@code topology.c}: CFS as in Linux 6.1 (values and features of the last
 * LTS before EEVDF; 6.5 behaves the same in what is modelled), EEVDF as merged in 6.6 (with the
 * 6.7/6.8 pick and reweight corrections), core scheduling as rewritten in 5.15 with the
 * forced-idle accounting that followed; libvirt 8.9+ {@code sched_core}; the selftest
 * {@code tools/testing/selftests/sched/cs_prctl_test.c}.
 *
 * <h2>Modeled</h2>
 * Nice-0 weights and the kernel's fixed-point {@code calc_delta_fair}; vruntime,
 * {@code min_vruntime}, latency/min/wakeup granularity scaled by the pool's online CPUs; CFS
 * sleeper credit, {@code START_DEBIT}, next/last/skip buddies, wake-up preemption, the tick's
 * {@code check_preempt_tick}; EEVDF lag, eligibility, virtual deadlines, placement with lag,
 * {@code RUN_TO_PARITY}; one cgroup per VM ({@code cpu.weight}/{@code cpu.shares} from the
 * neutral weight, {@code calc_group_shares} simplified) and {@code cpu.max} from the domain cap
 * (5 ms runtime slices, period timer, throttling); the periodic tick at {@code hz} on busy CPUs
 * only (NOHZ idle), {@code rq_clock_task} excluding host interrupt time; wake-up CPU selection,
 * periodic, NOHZ-idle, new-idle and active balancing over SMT/LLC/package/NUMA domains (see
 * {@code org.hvsched.kvm.cfs.balance}); the prctl cookie model and libvirt's tagging; the
 * two-pass core-wide pick with {@code cfs_prio_less} and forced-idle snapshots, forced idle,
 * {@code task_tick_core}, per-task {@code core_forceidle_sum}, cookie-aware wake-up and
 * balancing, stealing into forced idle. Trace: {@code vruntime <task>} and
 * {@code core_forceidle_sum <task>} counters, a reason on every decision.
 *
 * <h2>Not modeled</h2>
 * Other scheduling classes (RT, deadline, stop, SCHED_IDLE/BATCH policies), nice values other
 * than 0, PELT load tracking and utilization (instantaneous weights stand in), NUMA balancing,
 * energy-aware and asymmetric-capacity placement, {@code wake_affine} and {@code SIS_UTIL},
 * {@code HRTICK}, CPU hotplug, cgroup hierarchies below the VM group (libvirt's per-thread
 * cgroups: equivalent weights, see {@link org.hvsched.kvm.cfs.fair.TaskGroup}), per-vCPU
 * {@code <period>/<quota>}, {@code cpu.max.burst}, the bandwidth slack timer, EEVDF 6.12
 * additions ({@code DELAY_DEQUEUE}, {@code PLACE_REL_DEADLINE}, {@code PREEMPT_SHORT}, custom
 * slices), the core-wide kernel-entry synchronisation that was never merged.
 *
 * <h2>Deviations</h2>
 * A sibling's core-wide pick is applied at once in the policy's view and carried out by the
 * host after the IPI (upstream stores it in {@code rq->core_pick} and lets the sibling take or
 * redo it), so the sibling's old task is not charged for the IPI window; the core tree is
 * ordered by current priority; throttled tasks are never picked by {@code sched_core_find}
 * (6.1 could); a new task is placed as {@code wake_up_new_task} places a fork without a
 * parent; placement ignores the waker's CPU; NOHZ idle balance runs from the kicking CPU's
 * tick; group entity weights use instantaneous queue weights instead of PELT averages.
 * {@code p->on_cpu} is the host's: a task moved (balance, steal, active push) while its old CPU
 * still switches away from it starts on the new CPU once it is off the old one. Each deviation
 * is named where it is implemented.
 */
public final class CfsPolicy implements SchedPolicy {
  private final CfsSettings settings;
  private final PoolSpec pool;
  private final PolicyContext ctx;
  private final Tunables tunables;
  private final Hooks hooks = new Hooks();
  private final Runqueues rqs;
  private final SchedDomains domains;
  private final WakePlacement placement;
  private final Rebalancer rebalancer;
  private final LibvirtSchedCore tagging;
  private final CoreWidePick corePick;
  private final Invariants invariants;
  private final Timers timers;
  private final Parking parking = new Parking();
  private final Map<Integer, TaskGroup> groupByDomain = new LinkedHashMap<>();
  private final int[] activeTarget;
  private int schedulingCpu = -1;
  private long nowNs;

  /** An instance for {@code pool}. */
  public CfsPolicy(CfsSettings settings, PoolSpec pool, PolicyContext ctx) {
    this.settings = settings;
    this.pool = pool;
    this.ctx = ctx;
    Topology topo = pool.topology();
    boolean smt = topo.threadsPerCore() > 1;
    if (settings.coreSched() != CoreSchedMode.NONE && !smt) {
      throw new IllegalArgumentException("setting coreSched: " + settings.coreSched().id()
          + " needs SMT, but pool " + pool.name() + " has one thread per core:"
          + " prctl(PR_SCHED_CORE) fails with ENODEV and libvirt refuses the configuration;"
          + " use coreSched: none");
    }
    this.tunables = Tunables.scaled(settings.tunableScaling(), topo.cpuCount(),
        settings.latencyNs(), settings.minGranularityNs(), settings.wakeupGranularityNs(),
        settings.baseSliceNs(), settings.migrationCostNs(), settings.hz());
    this.rqs = new Runqueues(pool.cpus(), settings.features(), tunables, hooks);
    this.domains = new SchedDomains(topo);
    this.placement = new WakePlacement(rqs, domains, topo, hooks);
    this.rebalancer = new Rebalancer(rqs, domains,
        new LoadBalancer(rqs, tunables, hooks, hooks));
    this.tagging = new LibvirtSchedCore(settings.coreSched(), settings.eevdf(), smt);
    this.corePick = settings.coreSched() == CoreSchedMode.NONE ? null
        : new CoreWidePick(rqs, topo, domains, ctx);
    this.invariants = new Invariants(rqs);
    this.timers = new Timers(ctx, pool.cpus(), tunables.tickNs());
    this.activeTarget = new int[pool.cpus().last() + 1];
    java.util.Arrays.fill(activeTarget, -1);
  }

  /** The effective tunables of this instance. */
  public Tunables tunables() {
    return tunables;
  }

  /** The run queues (for tests and traces). */
  public Runqueues runqueues() {
    return rqs;
  }

  private boolean coreOn() {
    return corePick != null && tagging.table().coreSchedEnabled();
  }

  @Override
  public Granularity granularity() {
    return Granularity.THREAD;
  }

  @Override
  public IsolationClaim isolationClaim() {
    if (!coreOn() || rqs.tasks().isEmpty()) {
      return IsolationClaim.none();
    }
    for (TaskSched ts : rqs.tasks()) {
      if (ts.cookie() == 0) {
        return IsolationClaim.none();
      }
    }
    return IsolationClaim.cores(pool.cpus());
  }

  @Override
  public void addTask(Task task, long nowNs) {
    this.nowNs = nowNs;
    TaskSched ts = rqs.newTask(task, groupOf(task.domain()));
    tagging.add(task);
    ts.setCookie(tagging.cookieOf(task));
  }

  private TaskGroup groupOf(Domain d) {
    TaskGroup tg = groupByDomain.get(d.id());
    if (tg == null) {
      tg = rqs.newGroup(d.name(), settings.cgroup().sharesFor(d.weight()),
          Bandwidths.of(d, settings));
      groupByDomain.put(d.id(), tg);
      if (tg.bandwidth() != null) {
        timers.addPeriod(tg);
      }
    }
    return tg;
  }

  @Override
  public void wake(Task task, long nowNs) {
    this.nowNs = nowNs;
    TaskSched ts = rqs.task(task);
    int cpu = placement.select(ts);
    rqs.wakeOnto(ts, cpu);
    checkPreemptCurr(cpu, ts);
    parking.sync(rqs, ctx);
  }

  /** {@code check_preempt_curr} after a task was queued on {@code cpu}. */
  private void checkPreemptCurr(int cpu, TaskSched p) {
    Rq rq = rqs.rq(cpu);
    if (rq.curr() == null || rqs.ops().wakeupPreempts(rq, p)) {
      hooks.reschedCurr(cpu);
    }
  }

  @Override
  public void block(Task task, int cpu, long nowNs) {
    this.nowNs = nowNs;
    TaskSched ts = rqs.task(task);
    if (!ts.queued()) {
      return;
    }
    Rq rq = rqs.rq(ts.cpu());
    rqs.sleep(ts);
    if (corePick != null && rq.forcedIdle() && rq.nrRunning() == 0) {
      hooks.reschedCurr(rq.cpu());
    }
    parking.sync(rqs, ctx);
  }

  @Override
  public void yield(Task task, int cpu, long nowNs) {
    this.nowNs = nowNs;
    TaskSched ts = rqs.task(task);
    Rq rq = rqs.rq(cpu);
    if (rq.curr() == ts) {
      rqs.ops().yieldTask(rq, ts);
    }
  }

  @Override
  public Decision schedule(int cpu, long nowNs, ScheduleReason reason) {
    this.nowNs = nowNs;
    Rq rq = rqs.rq(cpu);
    schedulingCpu = cpu;
    runStopper(rq);
    if (rq.nrRunning() == 0) {
      rebalancer.newIdle(cpu, nowNs);
    }
    List<Integer> changed;
    String why;
    if (coreOn()) {
      CoreWidePick.Outcome out = corePick.pick(cpu, nowNs);
      changed = out.changedCpus();
      why = out.reason();
    } else {
      TaskSched prev = rq.curr();
      TaskSched next = rqs.pickTask(rq);
      rqs.switchTo(rq, next, false);
      changed = List.of(cpu);
      why = next == null ? "pick: idle" : next == prev ? "pick: keep running"
          : settings.eevdf() ? "pick: earliest eligible deadline" : "pick: leftmost vruntime";
    }
    schedulingCpu = -1;
    rqs.setNeedResched(rq, false);
    Decision d = decision(cpu, changed, why);
    parking.sync(rqs, ctx);
    return d;
  }

  /**
   * The stopper of an active balance ({@code active_load_balance_cpu_stop}): the task running
   * here is put back and moved to the CPU that asked; the host starts it there once it is off
   * this CPU.
   */
  private void runStopper(Rq rq) {
    int dst = activeTarget[rq.cpu()];
    if (dst < 0) {
      return;
    }
    activeTarget[rq.cpu()] = -1;
    TaskSched x = rq.curr();
    if (x == null || !x.queued() || !x.task().hardAffinity().contains(dst)
        || rqs.throttled(x)) {
      return;
    }
    rqs.switchTo(rq, null, false);
    rqs.migrate(x, dst);
    ctx.note(rq.cpu(), "active balance: push " + x + " to cpu " + dst);
    checkPreemptCurr(dst, x);
  }

  private Decision decision(int cpu, List<Integer> changed, String reason) {
    List<Assignment> list = new ArrayList<>();
    for (int c : changed) {
      Rq rq = rqs.rq(c);
      TaskSched t = rq.curr();
      Occupant occ;
      if (t != null) {
        occ = Occupant.run(t.task());
        timers.startTick(c, nowNs);
        if (ctx.tracing()) {
          ctx.counter("vruntime " + t.task().name(), t.se().vruntime());
        }
      } else {
        occ = rq.forcedIdle() ? Occupant.forcedIdle() : Occupant.IDLE;
        timers.stopTick(c);
      }
      if (c != cpu) {
        rqs.setNeedResched(rq, false);
      }
      list.add(new Assignment(c, occ));
    }
    return new Decision(list, Decision.NO_SLICE, reason);
  }

  @Override
  public void timerFired(PolicyTimer timer, long nowNs) {
    this.nowNs = nowNs;
    int cpu = timers.tickCpu(timer);
    if (cpu >= 0) {
      tick(cpu);
    } else {
      TaskGroup tg = timers.periodGroup(timer);
      if (tg != null && rqs.periodElapsed(tg)) {
        timers.startPeriod(tg, nowNs);
      }
    }
    parking.sync(rqs, ctx);
  }

  /** {@code scheduler_tick} on a CPU running a task. */
  private void tick(int cpu) {
    Rq rq = rqs.rq(cpu);
    TaskSched curr = rq.curr();
    if (curr == null) {
      return;
    }
    timers.nextTick(cpu, nowNs);
    if (!curr.queued()) {
      return;
    }
    if (rqs.ops().tick(rq)) {
      hooks.reschedCurr(cpu);
    }
    if (coreOn()) {
      CoreState core = corePick.coreOf(cpu);
      if (core.forceidleCount() > 0 && rq.root().nrRunning() == 1
          && rqs.ops().sliceUsed(curr, 2)) {
        hooks.reschedCurr(cpu);
      }
      corePick.accounting().account(core, nowNs);
    }
    rebalancer.tick(cpu, nowNs);
    if (ctx.tracing()) {
      ctx.counter("vruntime " + curr.task().name(), curr.se().vruntime());
    }
  }

  @Override
  public void checkInvariants(long nowNs) {
    invariants.check(nowNs);
    if (corePick != null) {
      CoreChecks.siblingsShareCookie(rqs, corePick, pool, nowNs);
    }
    for (int cpu : pool.cpus().toArray()) {
      boolean running = rqs.rq(cpu).curr() != null;
      if (running && !timers.tickArmed(cpu)) {
        throw new IllegalStateException("kvm.cfs invariant broken at nowNs=" + nowNs
            + ", cpu " + cpu + ": runs " + rqs.rq(cpu).curr() + " without a tick");
      }
    }
  }

  /** The callbacks the components need. */
  private final class Hooks implements Host, BalanceActions, CookieMatch {
    @Override
    public long clockTaskNs(int cpu) {
      return nowNs - ctx.hostTimeNs(cpu);
    }

    /** {@code resched_curr}; dropped for the CPU that is picking (its flag is cleared). */
    @Override
    public void reschedCurr(int cpu) {
      if (cpu == schedulingCpu) {
        return;
      }
      rqs.setNeedResched(rqs.rq(cpu), true);
      ctx.resched(cpu);
    }

    @Override
    public void startPeriodTimer(TaskGroup tg) {
      timers.startPeriod(tg, nowNs);
    }

    @Override
    public void parkingChanged() {
      parking.changed();
    }

    @Override
    public void attached(int dstCpu, TaskSched p) {
      checkPreemptCurr(dstCpu, p);
    }

    @Override
    public void activeBalance(int srcCpu, int dstCpu) {
      if (activeTarget[srcCpu] < 0) {
        activeTarget[srcCpu] = dstCpu;
        reschedCurr(srcCpu);
      }
    }

    @Override
    public boolean cpuCookieMatch(int cpu, long cookie) {
      return !coreOn() || corePick.coreOf(cpu).coreCookie() == cookie;
    }

    @Override
    public boolean coreCookieMatch(int cpu, long cookie) {
      if (!coreOn()) {
        return true;
      }
      for (int s : pool.topology().siblingsOf(cpu).toArray()) {
        if (!rqs.rq(s).idle()) {
          return corePick.coreOf(cpu).coreCookie() == cookie;
        }
      }
      return true;
    }
  }
}
