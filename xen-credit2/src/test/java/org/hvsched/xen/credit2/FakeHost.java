package org.hvsched.xen.credit2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.hvsched.api.Assignment;
import org.hvsched.api.Decision;
import org.hvsched.api.Domain;
import org.hvsched.api.Granularity;
import org.hvsched.api.Occupant;
import org.hvsched.api.PolicyContext;
import org.hvsched.api.PolicyTimer;
import org.hvsched.api.PoolSpec;
import org.hvsched.api.ScheduleReason;
import org.hvsched.api.Task;
import org.hvsched.api.TaskKind;
import org.hvsched.api.settings.ResolvedSettings;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.SyntheticSpec;
import org.hvsched.topology.Topology;

/**
 * A tiny deterministic host for unit tests: one pool, zero switch and IPI costs, tasks that run
 * bursts and sleep, a resched that lands at once, whole-resource decisions for gran core/socket,
 * and {@code checkInvariants} after every event. It records CPU time per task, decisions and
 * notes, and asserts what any engine would (a task on one CPU at most, blocked tasks never run,
 * every thread of a resource assigned, one domain per core under core isolation).
 */
final class FakeHost implements PolicyContext {
  /** A task's workload: run {@code burstNs} (Long.MAX_VALUE = forever), then sleep. */
  record Program(long startNs, long burstNs, long sleepNs) {
    static Program busy() {
      return new Program(0, Long.MAX_VALUE, 0);
    }
  }

  private record Event(long atNs, long seq, Runnable action) {}

  final Topology topology;
  final Credit2Policy policy;
  final List<Domain> domains = new ArrayList<>();
  final List<Task> tasks = new ArrayList<>();
  final Map<Integer, Program> programs = new TreeMap<>();
  final List<String> notes = new ArrayList<>();
  final List<String> decisions = new ArrayList<>();
  final Map<String, Long> counters = new LinkedHashMap<>();
  final Map<Integer, Boolean> parkedNow = new TreeMap<>();
  /** Counter samples in order: "time series value". */
  final List<String> counterLog = new ArrayList<>();
  final Map<Integer, Long> firstRunNs = new TreeMap<>();
  private final PriorityQueue<Event> events = new PriorityQueue<>((a, b) ->
      a.atNs != b.atNs ? Long.compare(a.atNs, b.atNs) : Long.compare(a.seq, b.seq));
  private final Map<Integer, Occupant> onCpu = new TreeMap<>();
  private final Map<Integer, Long> since = new TreeMap<>();
  private final long[] cpuNs = new long[256];
  private final long[] remainingNs = new long[256];
  private final boolean[] blocked = new boolean[256];
  private final long[] sliceGen = new long[1024];
  private final long[] burstGen = new long[256];
  private final boolean[] reschedPending = new boolean[1024];
  private long seq;
  long nowNs;
  boolean tracing = true;
  int schedules;

  FakeHost(String spec, Map<String, ?> settings) {
    this(SyntheticSpec.parse(spec), settings);
  }

  FakeHost(Topology topology, Map<String, ?> settings) {
    this.topology = topology;
    ResolvedSettings rs = new Credit2Provider().resolve(settings);
    PoolSpec pool = new PoolSpec("Pool-0", topology.online(), topology,
        topology.threadsPerCore());
    this.policy = (Credit2Policy) new Credit2Provider().create(rs, pool, this);
  }

  Domain domain(String name, int vcpus, int weight, int cap) {
    return domain(name, vcpus, weight, cap, topology.online(), CpuSet.empty());
  }

  Domain domain(String name, int vcpus, int weight, int cap, CpuSet hard, CpuSet soft) {
    Domain d = new Domain(domains.size(), name, vcpus, weight, cap, hard, soft, name, "Pool-0");
    domains.add(d);
    return d;
  }

  Task vcpu(Domain d, int index, Program p) {
    return task(d, d.name() + "/vcpu" + index, TaskKind.VCPU, index, p);
  }

  Task task(Domain d, String name, TaskKind kind, int index, Program p) {
    int id = tasks.size();
    Task t = new Task(id, name, d, kind, index, 1000 + id, 100 + d.id(), 100 + d.id(),
        d.hardAffinity(), d.softAffinity());
    tasks.add(t);
    programs.put(id, p);
    return t;
  }

  /** Adds every task and queues the first wake-ups; every thread starts idle, as in the engine. */
  void start() {
    tasks.forEach(t -> policy.addTask(t, 0));
    for (Task t : tasks) {
      blocked[t.id()] = true;
      Program p = programs.get(t.id());
      at(p.startNs(), () -> wake(t));
    }
  }

  void runUntil(long endNs) {
    long sameInstant = 0;
    while (!events.isEmpty() && events.peek().atNs <= endNs) {
      Event e = events.poll();
      sameInstant = e.atNs == nowNs ? sameInstant + 1 : 0;
      if (sameInstant > 10_000) {
        throw new AssertionError("livelock at " + nowNs + " ns; last decisions: "
            + decisions.subList(Math.max(0, decisions.size() - 10), decisions.size())
            + " notes: " + notes.subList(Math.max(0, notes.size() - 10), notes.size()));
      }
      nowNs = e.atNs;
      e.action.run();
      policy.checkInvariants(nowNs);
      checkOccupancy();
    }
    nowNs = endNs;
  }

  long cpuNs(Task t) {
    Long s = null;
    for (Map.Entry<Integer, Occupant> e : onCpu.entrySet()) {
      if (e.getValue().task() == t) {
        s = since.get(e.getKey());
      }
    }
    return cpuNs[t.id()] + (s == null ? 0 : nowNs - s);
  }

  Occupant occupantOf(int cpu) {
    return onCpu.getOrDefault(cpu, Occupant.IDLE);
  }

  List<Integer> masters() {
    List<Integer> out = new ArrayList<>();
    for (int cpu : topology.online().toArray()) {
      if (masterOf(cpu) == cpu) {
        out.add(cpu);
      }
    }
    return out;
  }

  int masterOf(int cpu) {
    return threadsOf(cpu).first();
  }

  CpuSet threadsOf(int cpu) {
    Granularity g = policy.granularity();
    return g == Granularity.CORE ? topology.siblingsOf(cpu)
        : g == Granularity.SOCKET ? topology.cpusOf(topology.socketOf(cpu)) : CpuSet.of(cpu);
  }

  /** At {@code atNs}, the task yields if it is running then. */
  void yieldAt(Task t, long atNs) {
    at(atNs, () -> {
      for (Map.Entry<Integer, Occupant> e : onCpu.entrySet()) {
        if (e.getValue().task() == t) {
          policy.yield(t, e.getKey(), nowNs);
          schedule(e.getKey(), ScheduleReason.YIELD);
          return;
        }
      }
    });
  }

  /** The CPU running {@code t} now, or -1. */
  int cpuOf(Task t) {
    for (Map.Entry<Integer, Occupant> e : onCpu.entrySet()) {
      if (e.getValue().task() == t) {
        return e.getKey();
      }
    }
    return -1;
  }

  // ---- events

  void at(long t, Runnable r) {
    events.add(new Event(t, seq++, r));
  }

  private void wake(Task t) {
    blocked[t.id()] = false;
    remainingNs[t.id()] = programs.get(t.id()).burstNs();
    policy.wake(t, nowNs);
  }

  private void schedule(int cpu, ScheduleReason reason) {
    int master = masterOf(cpu);
    reschedPending[master] = false;
    apply(master, policy.schedule(master, nowNs, reason));
  }

  private void apply(int master, Decision d) {
    schedules++;
    CpuSet threads = threadsOf(master);
    for (int cpu : threads.toArray()) {
      assertThat(d.occupantOf(cpu)).as("decision for cpu %d at %d covers it", cpu, nowNs)
          .isNotNull();
    }
    StringBuilder line = new StringBuilder(nowNs + " cpu" + master + ":");
    for (Assignment a : d.assignments()) {
      switchTo(a.cpu(), a.next());
      line.append(' ').append(a.cpu()).append('=').append(label(a.next()));
    }
    if (decisions.size() > 200_000) {
      decisions.subList(0, 100_000).clear();
    }
    if (notes.size() > 200_000) {
      notes.subList(0, 100_000).clear();
    }
    decisions.add(line.append(" slice=").append(d.sliceNs()).append(" [").append(d.reason())
        .append(']').toString());
    long gen = ++sliceGen[master];
    if (d.sliceNs() != Decision.NO_SLICE) {
      at(nowNs + d.sliceNs(), () -> {
        if (sliceGen[master] == gen) {
          schedule(master, ScheduleReason.SLICE);
        }
      });
    }
  }

  private void switchTo(int cpu, Occupant next) {
    Occupant prev = onCpu.getOrDefault(cpu, Occupant.IDLE);
    if (prev.equals(next)) {
      return;
    }
    if (prev.task() != null) {
      cpuNs[prev.task().id()] += nowNs - since.get(cpu);
      if (remainingNs[prev.task().id()] != Long.MAX_VALUE) {
        remainingNs[prev.task().id()] -= Math.min(remainingNs[prev.task().id()],
            nowNs - since.get(cpu));
      }
      burstGen[prev.task().id()]++;
    }
    onCpu.put(cpu, next);
    since.put(cpu, nowNs);
    Task t = next.task();
    if (t != null) {
      firstRunNs.putIfAbsent(t.id(), nowNs);
      assertThat(blocked[t.id()]).as("%s runs while blocked at %d", t, nowNs).isFalse();
      long rem = remainingNs[t.id()];
      if (rem != Long.MAX_VALUE) {
        long gen = ++burstGen[t.id()];
        at(nowNs + rem, () -> {
          if (burstGen[t.id()] == gen) {
            block(t, cpu);
          }
        });
      }
    }
  }

  private void block(Task t, int cpu) {
    cpuNs[t.id()] += nowNs - since.get(cpu);
    since.put(cpu, nowNs);
    remainingNs[t.id()] = 0;
    blocked[t.id()] = true;
    onCpu.put(cpu, Occupant.IDLE);
    policy.block(t, cpu, nowNs);
    Program p = programs.get(t.id());
    at(nowNs + p.sleepNs(), () -> wake(t));
    schedule(cpu, ScheduleReason.BLOCK);
  }

  private void checkOccupancy() {
    Map<Task, Integer> seen = new LinkedHashMap<>();
    for (Map.Entry<Integer, Occupant> e : onCpu.entrySet()) {
      Task t = e.getValue().task();
      if (t != null) {
        Integer other = seen.put(t, e.getKey());
        assertThat(other).as("%s on cpus %s and %s at %d", t, other, e.getKey(), nowNs).isNull();
      }
    }
    if (policy.isolationClaim().level() != org.hvsched.api.IsolationClaim.Level.NONE) {
      for (int m : masters()) {
        Map<String, Integer> owners = new TreeMap<>();
        for (int cpu : topology.siblingsOf(m).toArray()) {
          Occupant o = occupantOf(cpu);
          String owner = o.task() != null ? o.task().trust()
              : o instanceof Occupant.ReservedIdle r ? r.owner().trust() : null;
          if (owner != null) {
            owners.merge(owner, 1, Integer::sum);
          }
        }
        assertThat(owners.size()).as("domains on core of cpu %d at %d: %s", m, nowNs, owners)
            .isLessThanOrEqualTo(1);
      }
    }
  }

  private static String label(Occupant o) {
    if (o.task() != null) {
      return o.task().name();
    }
    return o instanceof Occupant.ReservedIdle r ? "reserved(" + r.owner().name() + ")" : "idle";
  }

  // ---- PolicyContext

  @Override
  public void resched(int cpu) {
    int master = masterOf(cpu);
    if (!reschedPending[master]) {
      reschedPending[master] = true;
      at(nowNs, () -> {
        if (reschedPending[master]) {
          schedule(master, ScheduleReason.RESCHED);
        }
      });
    }
  }

  @Override
  public void assign(int cpu, Occupant next) {
    switchTo(cpu, next);
  }

  @Override
  public void setParked(Task task, boolean parked) {
    parkedNow.put(task.id(), parked);
  }

  @Override
  public PolicyTimer newTimer(String label, int cpu) {
    return new FakeTimer(label, cpu);
  }

  @Override
  public long hostTimeNs(int cpu) {
    return 0;
  }

  @Override
  public boolean tracing() {
    return tracing;
  }

  @Override
  public void counter(String series, long value) {
    counters.put(series, value);
    if (counterLog.size() < 500_000) {
      counterLog.add(nowNs + " " + series + " " + value);
    }
  }

  @Override
  public void note(int cpu, String what) {
    notes.add(nowNs + " cpu" + cpu + " " + what);
  }

  private final class FakeTimer implements PolicyTimer {
    private final String label;
    private final int cpu;
    private long expiry = -1;
    private long gen;

    FakeTimer(String label, int cpu) {
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
      expiry = atNs;
      long g = ++gen;
      at(atNs, () -> {
        if (gen == g) {
          expiry = -1;
          policy.timerFired(this, nowNs);
        }
      });
    }

    @Override
    public void cancel() {
      gen++;
      expiry = -1;
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
}
