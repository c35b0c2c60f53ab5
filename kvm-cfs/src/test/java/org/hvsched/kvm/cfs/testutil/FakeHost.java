package org.hvsched.kvm.cfs.testutil;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.hvsched.api.Assignment;
import org.hvsched.api.Decision;
import org.hvsched.api.Domain;
import org.hvsched.api.Occupant;
import org.hvsched.api.Policies;
import org.hvsched.api.PolicyContext;
import org.hvsched.api.PolicyProvider;
import org.hvsched.api.PolicyTimer;
import org.hvsched.api.PoolSpec;
import org.hvsched.api.SchedPolicy;
import org.hvsched.api.ScheduleReason;
import org.hvsched.api.Task;
import org.hvsched.api.TaskKind;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.SyntheticSpec;
import org.hvsched.topology.Topology;

/**
 * A small deterministic host for policy tests: events ordered by (time, sequence); remote
 * assignments and reschedules land after {@code ipiNs}; a switch completes at once (no switch
 * cost), except that a task still loaded elsewhere starts only once it is off that CPU, as in
 * the engine; tasks run at full speed; host interrupt time is zero. It calls {@code checkInvariants} after every event, refuses a task on two CPUs, and
 * measures, per core, the time two siblings ran tasks of different trust domains.
 */
public final class FakeHost implements PolicyContext {
  private final Topology topo;
  private final SchedPolicy policy;
  private final long ipiNs;
  private final List<Task> tasks;
  private final List<Behavior> behaviors;
  private final FakeTask[] state;
  private final Occupant[] occupant;
  private final long[] forcedIdleNs;
  private final long[] occupantSinceNs;
  private final boolean[] reschedPending;
  private final boolean[] parkedNow;
  private final Task[] awaiting;
  private final PriorityQueue<Event> events = new PriorityQueue<>();
  private final List<String> log = new ArrayList<>();
  private long seq;
  private long nowNs;
  private int contextCpu = -1;
  private long exposureNs;
  private boolean logging;

  /** Per-task host state. */
  private static final class FakeTask {
    boolean runnable;
    int cpu = -1;
    int burst;
    long remainingNs;
    long cpuNs;
    long gen;
  }

  private record Event(long atNs, long seq, Consumer<Long> action) implements Comparable<Event> {
    @Override
    public int compareTo(Event o) {
      int c = Long.compare(atNs, o.atNs);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  private final class Timer implements PolicyTimer {
    private final String label;
    private final int cpu;
    private long expiry = -1;
    private long gen;

    Timer(String label, int cpu) {
      this.label = label;
      this.cpu = cpu;
    }

    @Override
    public String label() {
      return label;
    }

    @Override
    public int cpu() {
      return cpu;
    }

    @Override
    public void setAt(long atNs) {
      if (atNs < nowNs) {
        throw new IllegalArgumentException("timer " + label + " set in the past: " + atNs);
      }
      expiry = atNs;
      long g = ++gen;
      at(atNs, t -> {
        if (gen == g && expiry >= 0) {
          expiry = -1;
          contextCpu = cpu;
          policy.timerFired(this, t);
          contextCpu = -1;
        }
      });
    }

    @Override
    public void cancel() {
      expiry = -1;
      gen++;
    }

    @Override
    public boolean armed() {
      return expiry >= 0;
    }

    @Override
    public long expiryNs() {
      return expiry;
    }
  }

  FakeHost(Topology topo, String policyId, Map<String, ?> settings, long ipiNs,
      List<Task> tasks, List<Behavior> behaviors) {
    this.topo = topo;
    this.ipiNs = ipiNs;
    this.tasks = tasks;
    this.behaviors = behaviors;
    int n = topo.online().last() + 1;
    this.occupant = new Occupant[n];
    this.forcedIdleNs = new long[n];
    this.occupantSinceNs = new long[n];
    this.reschedPending = new boolean[n];
    this.awaiting = new Task[n];
    for (int c = 0; c < n; c++) {
      occupant[c] = Occupant.IDLE;
    }
    PolicyProvider p = Policies.byId(policyId);
    PoolSpec pool = new PoolSpec("pool0", topo.online(), topo, topo.threadsPerCore());
    this.policy = p.create(p.resolve(settings), pool, this);
    this.state = new FakeTask[tasks.size()];
    this.parkedNow = new boolean[tasks.size()];
    for (Task t : tasks) {
      state[t.id()] = new FakeTask();
      policy.addTask(t, 0);
    }
  }

  /** A builder on a synthetic topology ({@code 1x2x2}). */
  public static Builder builder(String spec) {
    return new Builder(SyntheticSpec.parse(spec));
  }

  /** The policy under test. */
  public SchedPolicy policy() {
    return policy;
  }

  /** Records every decision and IPI in {@link #log()}. */
  public FakeHost logging() {
    logging = true;
    return this;
  }

  /** What happened, one line each (when logging). */
  public List<String> log() {
    return log;
  }

  /** Runs until {@code endNs}. */
  public FakeHost run(long endNs) {
    if (nowNs == 0 && events.isEmpty()) {
      for (Task t : tasks) {
        at(0, now -> wake(t));
      }
    }
    while (!events.isEmpty() && events.peek().atNs <= endNs) {
      Event e = events.poll();
      nowNs = e.atNs;
      e.action.accept(nowNs);
      policy.checkInvariants(nowNs);
    }
    account(endNs);
    nowNs = endNs;
    return this;
  }

  /** CPU time the task received. */
  public long cpuNs(Task t) {
    return state[t.id()].cpuNs;
  }

  /** CPU time of all tasks of a domain. */
  public long cpuNs(String domain) {
    return tasks.stream().filter(t -> t.domain().name().equals(domain))
        .mapToLong(this::cpuNs).sum();
  }

  /** Time CPUs spent forced idle. */
  public long forcedIdleNs() {
    long s = 0;
    for (long f : forcedIdleNs) {
      s += f;
    }
    return s;
  }

  /** Time two siblings ran tasks of different trust domains at once. */
  public long exposureNs() {
    return exposureNs;
  }

  /** The tasks, in id order. */
  public List<Task> tasks() {
    return tasks;
  }

  /** What {@code cpu} runs now. */
  public Occupant occupant(int cpu) {
    return occupant[cpu];
  }

  private void at(long atNs, Consumer<Long> action) {
    events.add(new Event(atNs, seq++, action));
  }

  private void wake(Task t) {
    FakeTask s = state[t.id()];
    s.runnable = true;
    s.remainingNs = behaviors.get(t.id()).runNs(s.burst);
    policy.wake(t, nowNs);
  }

  private void doSchedule(int cpu, ScheduleReason reason) {
    reschedPending[cpu] = false;
    contextCpu = cpu;
    Decision d = policy.schedule(cpu, nowNs, reason);
    contextCpu = -1;
    if (d.occupantOf(cpu) == null) {
      throw new IllegalStateException("decision for cpu " + cpu + " does not name it: " + d);
    }
    if (logging) {
      log.add(String.format("%9d cpu%d %s: %s", nowNs, cpu, reason, d));
    }
    for (Assignment a : d.assignments()) {
      if (a.cpu() == cpu) {
        apply(cpu, a.next());
      } else {
        at(nowNs + ipiNs, now -> apply(a.cpu(), a.next()));
      }
    }
  }

  /**
   * Switches {@code cpu} to {@code next}. A task still loaded on another CPU is started here
   * only once it is off that one (as the engine does: upstream's {@code p->on_cpu} wait); if it
   * blocked meanwhile, this CPU idles and reschedules.
   */
  private void apply(int cpu, Occupant next) {
    Occupant prev = occupant[cpu];
    if (prev.equals(next) && awaiting[cpu] == null) {
      return;
    }
    account(nowNs);
    awaiting[cpu] = null;
    Task pt = prev.task();
    occupant[cpu] = Occupant.IDLE;
    if (pt != null) {
      FakeTask s = state[pt.id()];
      s.cpu = -1;
      s.gen++;
    }
    Task nt = next.task();
    if (nt != null && state[nt.id()].cpu >= 0) {
      awaiting[cpu] = nt;
    } else if (nt != null) {
      load(cpu, nt);
    } else {
      occupant[cpu] = next;
    }
    occupantSinceNs[cpu] = nowNs;
    policy.switched(cpu, prev, occupant[cpu], nowNs);
    if (pt != null) {
      releaseAwaiters(pt);
    }
  }

  private void load(int cpu, Task nt) {
    FakeTask s = state[nt.id()];
    if (!s.runnable) {
      throw new IllegalStateException(nowNs + ": blocked task " + nt + " assigned to cpu "
          + cpu);
    }
    s.cpu = cpu;
    long g = ++s.gen;
    if (s.remainingNs != Long.MAX_VALUE) {
      at(nowNs + s.remainingNs, now -> burstDone(nt, g));
    }
    occupant[cpu] = Occupant.run(nt);
  }

  private void releaseAwaiters(Task t) {
    for (int c = 0; c < awaiting.length; c++) {
      if (awaiting[c] == t) {
        awaiting[c] = null;
        if (state[t.id()].runnable && state[t.id()].cpu < 0) {
          load(c, t);
        } else {
          int cpu = c;
          at(nowNs, now -> doSchedule(cpu, ScheduleReason.RESCHED));
        }
      }
    }
  }

  private void burstDone(Task t, long gen) {
    FakeTask s = state[t.id()];
    if (s.gen != gen || s.cpu < 0) {
      return;
    }
    account(nowNs);
    int cpu = s.cpu;
    s.runnable = false;
    long sleep = behaviors.get(t.id()).sleepNs(s.burst);
    s.burst++;
    policy.block(t, cpu, nowNs);
    doSchedule(cpu, ScheduleReason.BLOCK);
    if (occupant[cpu].task() == t) {
      throw new IllegalStateException(nowNs + ": " + t + " still runs on cpu " + cpu
          + " after blocking");
    }
    at(nowNs + sleep, now -> wake(t));
  }

  private long accountedUntil;

  /** Charges running time, forced idle and exposure since the last call. */
  private void account(long untilNs) {
    long dt = untilNs - accountedUntil;
    if (dt <= 0) {
      return;
    }
    for (int cpu : topo.online().toArray()) {
      Task t = occupant[cpu].task();
      if (t != null) {
        FakeTask s = state[t.id()];
        s.cpuNs += dt;
        if (s.remainingNs != Long.MAX_VALUE) {
          s.remainingNs -= dt;
        }
      } else if (occupant[cpu] instanceof Occupant.ForcedIdle) {
        forcedIdleNs[cpu] += dt;
      }
    }
    for (var core : topo.cores()) {
      String trust = null;
      for (int cpu : core.threads().toArray()) {
        Task t = occupant[cpu].task();
        if (t != null) {
          if (trust != null && !trust.equals(t.trust())) {
            exposureNs += dt;
            break;
          }
          trust = t.trust();
        }
      }
    }
    accountedUntil = untilNs;
  }

  @Override
  public void resched(int cpu) {
    if (reschedPending[cpu]) {
      return;
    }
    reschedPending[cpu] = true;
    long at = cpu == contextCpu ? nowNs : nowNs + ipiNs;
    at(at, now -> doSchedule(cpu, ScheduleReason.RESCHED));
  }

  @Override
  public void assign(int cpu, Occupant next) {
    at(nowNs + ipiNs, now -> apply(cpu, next));
  }

  @Override
  public void setParked(Task task, boolean parked) {
    if (logging) {
      log.add(String.format("%9d %s parked %s", nowNs, task, parked));
    }
    parkedNow[task.id()] = parked;
  }

  /** True while the policy reports the task held back by a cap. */
  public boolean parked(Task t) {
    return parkedNow[t.id()];
  }

  @Override
  public PolicyTimer newTimer(String label, int cpu) {
    return new Timer(label, cpu);
  }

  @Override
  public long hostTimeNs(int cpu) {
    return 0;
  }

  @Override
  public boolean tracing() {
    return false;
  }

  @Override
  public void counter(String series, long value) {}

  @Override
  public void note(int cpu, String what) {
    if (logging) {
      log.add(String.format("%9d cpu%d note: %s", nowNs, cpu, what));
    }
  }

  /** Describes the host and its VMs. */
  public static final class Builder {
    private final Topology topo;
    private boolean smt = true;
    private String policyId = "kvm.cfs";
    private Map<String, ?> settings = Map.of();
    private long ipiNs = 1000;
    private final List<Task> tasks = new ArrayList<>();
    private final List<Behavior> behaviors = new ArrayList<>();
    private final List<Domain> domains = new ArrayList<>();

    Builder(Topology topo) {
      this.topo = topo;
    }

    /** SMT off: only the first thread of each core. */
    public Builder smtOff() {
      smt = false;
      return this;
    }

    /** The policy and its settings. */
    public Builder policy(String id, Map<String, ?> settings) {
      this.policyId = id;
      this.settings = settings;
      return this;
    }

    /** IPI latency. */
    public Builder ipiNs(long ns) {
      this.ipiNs = ns;
      return this;
    }

    private Topology view() {
      return smt ? topo : topo.smtOff();
    }

    /** A VM with {@code vcpus} vCPUs, all with {@code behavior}; affinity null = all. */
    public Builder vm(String name, int vcpus, int weight, int capPercent, String affinity,
        Behavior behavior) {
      CpuSet all = view().online();
      CpuSet aff = affinity == null ? all : CpuSet.parse(affinity).intersect(all);
      Domain d = new Domain(domains.size(), name, vcpus, weight, capPercent, aff, aff, name,
          "pool0");
      domains.add(d);
      for (int i = 0; i < vcpus; i++) {
        add(d, name + "/vcpu" + i, TaskKind.VCPU, i, aff, behavior);
      }
      return this;
    }

    /** An extra thread of the last VM named {@code vm}. */
    public Builder thread(String vm, String name, TaskKind kind, Behavior behavior) {
      Domain d = domains.stream().filter(x -> x.name().equals(vm)).findFirst().orElseThrow();
      add(d, vm + "/" + name, kind, -1, d.hardAffinity(), behavior);
      return this;
    }

    /** A VM's vCPU with its own pinning. */
    public Builder pinnedVcpu(String vm, int index, String cpus, Behavior behavior) {
      Domain d = domains.stream().filter(x -> x.name().equals(vm)).findFirst().orElseThrow();
      add(d, vm + "/vcpu" + index, TaskKind.VCPU, index, CpuSet.parse(cpus), behavior);
      return this;
    }

    private void add(Domain d, String name, TaskKind kind, int index, CpuSet aff, Behavior b) {
      int id = tasks.size();
      int tgid = 10_000 + 100 * d.id();
      tasks.add(new Task(id, name, d, kind, index, 20_000 + id, tgid, tgid, aff, aff));
      behaviors.add(b);
    }

    /** The host, with every task added (not yet woken). */
    public FakeHost build() {
      return new FakeHost(view(), policyId, settings, ipiNs, List.copyOf(tasks),
          List.copyOf(behaviors));
    }
  }
}
