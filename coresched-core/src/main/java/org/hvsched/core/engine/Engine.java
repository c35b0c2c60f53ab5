package org.hvsched.core.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hvsched.api.Granularity;
import org.hvsched.api.IsolationClaim;
import org.hvsched.api.PoolSpec;
import org.hvsched.api.Task;
import org.hvsched.core.PoolSetup;
import org.hvsched.core.SimulationException;
import org.hvsched.core.SimulationSpec;
import org.hvsched.core.ThreadState;
import org.hvsched.core.progress.ProgressLine;
import org.hvsched.core.random.RandomStream;
import org.hvsched.core.stats.RunOutcome;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.topology.Core;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.Topology;

/**
 * The simulated host: one single-threaded discrete-event loop over the CPUs of the run's view.
 * This class owns the structures and the loop; {@link Dispatcher} carries out decisions
 * (switches, rendezvous, IPIs), {@link TaskDriver} drives tasks through their programs,
 * {@link Execution} progresses bursts at SMT speed, {@link Auditor} and {@link Accounting}
 * measure.
 */
public final class Engine {
  final SimulationSpec spec;
  final TraceSink trace;
  private final EventQueue queue = new EventQueue();
  private final Window window;
  final CpuRt[] cpus;
  final List<CoreRt> cores = new ArrayList<>();
  final List<PoolRt> pools = new ArrayList<>();
  final List<ResourceRt> resources = new ArrayList<>();
  final TaskRt[] tasks;
  final PoolRt[] poolOfTask;
  final Execution execution;
  final Auditor auditor;
  final Accounting accounting;
  final Dispatcher dispatcher;
  final TaskDriver driver;
  private final RandomStream[] irqArrivals;
  private final RandomStream[] irqCosts;
  private long nowNs;
  private long events;
  /** The CPU whose context a policy call runs in, -1 for none. */
  int currentCpu = -1;

  /** Builds the host of {@code spec}; nothing runs until {@link #run}. */
  public Engine(SimulationSpec spec) {
    this.spec = spec;
    this.trace = spec.trace();
    this.window = new Window(spec.warmupNs(), spec.durationNs());
    Topology topo = spec.topology();
    this.cpus = new CpuRt[topo.maxCpu() + 1];
    List<List<CoreRt>> bySocket = buildCores(topo);
    this.tasks = new TaskRt[spec.tasks().size()];
    this.poolOfTask = new PoolRt[tasks.length];
    boolean[] claimed = new boolean[cores.size()];
    this.execution = new Execution(this, spec.smtModel(), bySocket);
    this.accounting = new Accounting(this);
    this.dispatcher = new Dispatcher(this);
    this.driver = new TaskDriver(this);
    this.irqArrivals = new RandomStream[cpus.length];
    this.irqCosts = new RandomStream[cpus.length];
    buildPools();
    buildTasks();
    computeClaims(claimed);
    this.auditor = new Auditor(window, claimed, spec.tasks());
    for (CpuRt c : cpus) {
      if (c != null) {
        irqArrivals[c.id] = RandomStream.of(spec.seed(), "host/cpu" + c.id + "/irq-arrival");
        irqCosts[c.id] = RandomStream.of(spec.seed(), "host/cpu" + c.id + "/irq-cost");
      }
    }
  }

  private List<List<CoreRt>> buildCores(Topology topo) {
    Map<Integer, List<CoreRt>> bySocket = new LinkedHashMap<>();
    List<List<CoreRt>> socketLists = new ArrayList<>();
    for (Core core : topo.cores()) {
      CpuSet online = core.threads().intersect(topo.online());
      if (online.isEmpty()) {
        continue;
      }
      int socketIndex = topo.socketOf(online.first()).index();
      CoreRt rt = new CoreRt(cores.size());
      cores.add(rt);
      List<CoreRt> list = bySocket.computeIfAbsent(socketIndex, k -> {
        List<CoreRt> l = new ArrayList<>();
        socketLists.add(l);
        return l;
      });
      list.add(rt);
      int dense = socketLists.indexOf(list);
      for (int cpu : online) {
        CpuRt c = new CpuRt(cpu, rt, dense);
        cpus[cpu] = c;
        rt.addThread(c);
      }
    }
    return socketLists;
  }

  private void buildPools() {
    Topology topo = spec.topology();
    for (PoolSetup setup : spec.pools()) {
      PoolRt pool = new PoolRt(pools.size(), setup);
      pools.add(pool);
      PoolSpec ps = setup.pool();
      for (int cpu : ps.cpus()) {
        if (cpu >= cpus.length || cpus[cpu] == null) {
          throw new IllegalArgumentException("pool " + ps.name() + " names CPU " + cpu
              + ", which is not online in this run's view " + topo.online());
        }
        if (cpus[cpu].pool != null) {
          throw new IllegalArgumentException("CPU " + cpu + " is in two pools: "
              + cpus[cpu].pool.name() + " and " + ps.name());
        }
        cpus[cpu].pool = pool;
      }
      pool.policy = guard(pool, -1, "create", null, () -> setup.provider().create(setup.settings(),
          ps, new Context(this, pool)));
      pool.granularity = pool.policy.granularity();
      buildResources(pool, topo);
    }
  }

  private void buildResources(PoolRt pool, Topology topo) {
    CpuSet poolCpus = pool.setup.pool().cpus();
    for (int cpu : poolCpus) {
      if (cpus[cpu].resource != null) {
        continue;
      }
      CpuSet members = switch (pool.granularity) {
        case THREAD -> CpuSet.of(cpu);
        case CORE -> topo.siblingsOf(cpu).intersect(poolCpus);
        case SOCKET -> topo.cpusOf(topo.socketOf(cpu)).intersect(poolCpus);
      };
      CpuRt[] rcpus = new CpuRt[members.size()];
      int i = 0;
      for (int m : members) {
        rcpus[i++] = cpus[m];
      }
      ResourceRt r = new ResourceRt(resources.size(), rcpus, pool);
      resources.add(r);
      for (CpuRt c : rcpus) {
        c.resource = r;
      }
    }
  }

  private void buildTasks() {
    Map<String, PoolRt> byName = new LinkedHashMap<>();
    for (PoolRt p : pools) {
      byName.put(p.name(), p);
    }
    for (Task task : spec.tasks()) {
      PoolRt pool = byName.get(task.domain().pool());
      if (pool == null) {
        throw new IllegalArgumentException("domain " + task.domain().name()
            + " names pool '" + task.domain().pool() + "', which does not exist; pools: "
            + byName.keySet());
      }
      if (!pool.setup.pool().cpus().containsAll(task.hardAffinity())) {
        throw new IllegalArgumentException("task " + task.name() + " has hard affinity "
            + task.hardAffinity() + " outside its pool " + pool.name() + " ("
            + pool.setup.pool().cpus() + ")");
      }
      tasks[task.id()] = new TaskRt(task);
      poolOfTask[task.id()] = pool;
    }
  }

  private void computeClaims(boolean[] claimed) {
    for (TaskRt t : tasks) {
      PoolRt pool = poolOfTask[t.id];
      guard(pool, -1, "addTask", t.task.name(), () -> {
        pool.policy.addTask(t.task, 0);
        return null;
      });
    }
    for (PoolRt pool : pools) {
      pool.claim = pool.policy.isolationClaim();
      for (int cpu : pool.claim.cpus()) {
        if (cpu < cpus.length && cpus[cpu] != null && cpus[cpu].pool == pool) {
          claimed[cpus[cpu].core.index] = true;
        }
      }
    }
  }

  /** Runs the simulation to its end and returns what was measured. */
  public RunOutcome run() {
    return run(false);
  }

  /**
   * Runs the simulation; with {@code progress}, a progress line on stderr for runs longer than a
   * second when stderr is a terminal.
   */
  public RunOutcome run(boolean progress) {
    trace.begin(spec.topology(), spec.tasks());
    for (TaskRt t : tasks) {
      t.program = spec.programs().create(t.task, driver);
    }
    for (TaskRt t : tasks) {
      driver.start(t);
    }
    if (spec.costs().interruptRatePerSec() > 0) {
      for (CpuRt c : cpus) {
        if (c != null) {
          push(nextIrqArrival(c.id), new Event.IrqStart(c.id));
        }
      }
    }
    long end = spec.durationNs();
    try (ProgressLine line = progress ? ProgressLine.onStderr("run", end) : null) {
      while (!queue.isEmpty() && !queue.onlyUtilityLeft() && queue.peekTime() < end) {
        nowNs = queue.peekTime();
        Event e = queue.pop();
        events++;
        dispatch(e);
        if (spec.validate()) {
          checkInvariants();
        }
        if (line != null) {
          line.update(nowNs);
        }
      }
    }
    nowNs = end;
    RunOutcome outcome = accounting.finish(end, events);
    trace.end(end);
    return outcome;
  }

  private void dispatch(Event e) {
    if (e instanceof Event.BurstEnd b) {
      driver.onBurstEnd(cpus[b.cpu()], b.gen());
    } else if (e instanceof Event.SwitchDone s) {
      dispatcher.onSwitchDone(cpus[s.cpu()], s.gen());
    } else if (e instanceof Event.Ipi i) {
      dispatcher.onIpi(cpus[i.cpu()], i.occupant(), i.gen());
    } else if (e instanceof Event.Slice s) {
      dispatcher.onSlice(cpus[s.cpu()], s.gen());
    } else if (e instanceof Event.RendezvousArrive r) {
      dispatcher.onArrive(cpus[r.cpu()], r.gen());
    } else if (e instanceof Event.RendezvousDecide r) {
      dispatcher.onDecide(resources.get(r.resource()), r.gen());
    } else if (e instanceof Event.RendezvousOut r) {
      dispatcher.onOut(resources.get(r.resource()), r.gen());
    } else if (e instanceof Event.TaskTimer t) {
      driver.onTimer(tasks[t.task()], t.gen());
    } else if (e instanceof Event.WorkloadAction w) {
      w.action().run();
    } else if (e instanceof Event.PolicyTimerFire f) {
      onPolicyTimer(f);
    } else if (e instanceof Event.IrqStart i) {
      onIrqStart(cpus[i.cpu()]);
    } else if (e instanceof Event.IrqEnd i) {
      onIrqEnd(cpus[i.cpu()]);
    } else if (!(e instanceof Event.Progress)) {
      throw violation("unknown event " + e);
    }
  }

  private void onPolicyTimer(Event.PolicyTimerFire f) {
    PolicyTimerImpl t = f.timer();
    if (!t.fire(f.gen())) {
      return;
    }
    PoolRt pool = t.pool;
    withCpu(t.cpu(), () -> guard(pool, t.cpu(), "timerFired", t, () -> {
      pool.policy.timerFired(t, nowNs);
      return null;
    }));
  }

  private void onIrqStart(CpuRt cpu) {
    long cost = spec.costs().interruptCost().sample(irqCosts[cpu.id]);
    push(nextIrqArrival(cpu.id), new Event.IrqStart(cpu.id));
    if (cost <= 0) {
      return;
    }
    if (cpu.inIrq) {
      cpu.irqEndNs += cost;
      push(cpu.irqEndNs, new Event.IrqEnd(cpu.id));
      return;
    }
    cpu.irqEndNs = nowNs + cost;
    cpu.irqStartNs = nowNs;
    push(cpu.irqEndNs, new Event.IrqEnd(cpu.id));
    accounting.changeState(cpu, () -> cpu.inIrq = true);
  }

  private void onIrqEnd(CpuRt cpu) {
    if (!cpu.inIrq || nowNs < cpu.irqEndNs) {
      return;
    }
    cpu.irqTotalNs += nowNs - cpu.irqStartNs;
    accounting.changeState(cpu, () -> cpu.inIrq = false);
    while (!cpu.deferred.isEmpty() && !cpu.inIrq) {
      cpu.deferred.poll().run();
    }
  }

  private long nextIrqArrival(int cpu) {
    double meanNs = 1e9 / spec.costs().interruptRatePerSec();
    return nowNs + 1 + Math.round(-Math.log(irqArrivals[cpu].nextOpenDouble()) * meanNs);
  }

  /** Runs {@code r} with {@code cpu} as the current CPU context. */
  void withCpu(int cpu, Runnable r) {
    int saved = currentCpu;
    currentCpu = cpu;
    try {
      r.run();
    } finally {
      currentCpu = saved;
    }
  }

  /**
   * Calls into a policy; anything it throws becomes a {@link SimulationException} naming the
   * call ({@code what}, followed by {@code subject} when not null: built only on failure).
   */
  <T> T guard(PoolRt pool, int cpu, String what, Object subject,
      java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (SimulationException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new SimulationException(nowNs, "policy " + pool.policyId() + " (pool "
          + pool.name() + ") failed in " + what + (subject == null ? "" : " " + subject)
          + (cpu >= 0 ? " on CPU " + cpu : "") + ": " + e, e);
    }
  }

  /** An invariant broke: the run must stop. */
  SimulationException violation(String message) {
    return new SimulationException(nowNs, "invariant violated: " + message, null);
  }

  void checkInvariants() {
    for (PoolRt pool : pools) {
      guard(pool, -1, "checkInvariants", null, () -> {
        pool.policy.checkInvariants(nowNs);
        return null;
      });
    }
  }

  /** Simulated time now. */
  public long nowNs() {
    return nowNs;
  }

  Window window() {
    return window;
  }

  void push(long atNs, Event e) {
    pushHandle(atNs, e);
  }

  /** Queues {@code e} at {@code atNs}; returns the handle {@link #cancel} takes. */
  int pushHandle(long atNs, Event e) {
    if (atNs < nowNs) {
      throw violation("event " + e + " scheduled in the past (" + atNs + " < " + nowNs + ")");
    }
    return queue.push(atNs, e);
  }

  /** Removes a queued event that has been superseded (its handler would ignore it). */
  void cancel(int handle) {
    queue.remove(handle);
  }

  /** The task loaded on {@code cpu}, or null. */
  static TaskRt loadedTask(CpuRt cpu) {
    return cpu.loadedRt;
  }

  TaskRt rt(Task task) {
    return tasks[task.id()];
  }

  /** The claim level of the run: the strongest of its pools. */
  String claimLevel() {
    IsolationClaim.Level best = IsolationClaim.Level.NONE;
    for (PoolRt p : pools) {
      if (p.claim.level().ordinal() > best.ordinal()) {
        best = p.claim.level();
      }
    }
    return best.id();
  }

  boolean threadIsIdleKind(CpuRt cpu) {
    return cpu.state == ThreadState.IDLE || cpu.state == ThreadState.FORCED_IDLE
        || cpu.state == ThreadState.RESERVED_IDLE;
  }

  Granularity granularity(CpuRt cpu) {
    return cpu.pool.granularity;
  }
}
