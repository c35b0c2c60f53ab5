package org.hvsched.harness.tck;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hvsched.api.Task;
import org.hvsched.core.ThreadState;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.topology.Core;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.Topology;

/**
 * Judges a run from its trace alone, independent of the engine's own checks: it rebuilds what
 * every CPU runs from {@code sched_switch}, which tasks are blocked from {@code sched_waking} and
 * the switches' {@code prev_state}, and every thread's state from {@code threadState}, then
 * <ul>
 *   <li>records breaches: a task switched in on a second CPU, a blocked task switched in, a task
 *       switched in outside its hard affinity, and trace inconsistencies (a switch whose
 *       {@code prev} is not what the CPU ran, a wake-up of a runnable task, time going back, a
 *       thread in guest state whose task is not the one switched in);
 *   <li>measures the longest <em>idle episode</em>: a thread in plain {@code idle} state while a
 *       runnable task that may run there waits (forced and reserved idle never count; tasks of
 *       capped domains are left out, since the trace does not show when they are parked);
 *   <li>measures the longest wait of a runnable task (the same tasks left out);
 *   <li>integrates, over the measured window, each task's running time, the time per thread state
 *       and the guest/guest time per core, for comparison with the run's results.
 * </ul>
 * Waits and episodes still open at the end of the run end there.
 */
public final class RunObserver implements TraceSink {

  /** What can break. */
  public enum Breach { TRACE, ONE_CPU, BLOCKED_RUNS, AFFINITY }

  /** An idle thread beside a waiting task allowed there, from {@code startNs}. */
  public record IdleEpisode(int cpu, long startNs, long lengthNs, String waitingTask) {}

  /** The longest time {@code task} waited runnable, from {@code sinceNs}. */
  public record Wait(String task, long sinceNs, long lengthNs) {}

  private final long fromNs;
  private final long toNs;
  private final Map<Breach, String> breaches = new EnumMap<>(Breach.class);
  private List<Task> tasks;
  private boolean[] exempt;
  private int[] online;
  private int[][] cores;
  private ThreadState[] state;
  private Task[] stateTask;
  private String[] trust;
  private Task[] running;
  private boolean[] runnable;
  private int[] runningOn;
  private long[] waitingSince;
  private long[] cpuNs;
  private long[] episodeStart;
  private int[] episodeTask;
  private final long[] stateNs = new long[ThreadState.values().length];
  private long guestGuestNs;
  private long lastNs;
  private boolean dirty;
  private IdleEpisode longestEpisode;
  private Wait longestWait;

  /** An observer measuring over the window [{@code fromNs}, {@code toNs}). */
  public RunObserver(long fromNs, long toNs) {
    this.fromNs = fromNs;
    this.toNs = toNs;
  }

  @Override
  public void begin(Topology topology, List<Task> all) {
    tasks = all;
    online = topology.online().toArray();
    int n = topology.maxCpu() + 1;
    cores = topology.cores().stream().map(Core::threads).map(t -> t.intersect(topology.online()))
        .filter(t -> !t.isEmpty()).map(CpuSet::toArray).toArray(int[][]::new);
    state = new ThreadState[n];
    Arrays.fill(state, ThreadState.IDLE);
    stateTask = new Task[n];
    trust = new String[n];
    running = new Task[n];
    episodeStart = new long[n];
    Arrays.fill(episodeStart, -1);
    episodeTask = new int[n];
    int m = all.size();
    exempt = new boolean[m];
    runnable = new boolean[m];
    runningOn = new int[m];
    Arrays.fill(runningOn, -1);
    waitingSince = new long[m];
    Arrays.fill(waitingSince, -1);
    cpuNs = new long[m];
    for (Task t : all) {
      exempt[t.id()] = t.domain().capped();
    }
  }

  @Override
  public void threadState(long nowNs, int cpu, ThreadState s, Task task, String trustDomain) {
    advance(nowNs);
    checkCpu(nowNs, cpu);
    state[cpu] = s;
    stateTask[cpu] = task;
    trust[cpu] = trustDomain;
    dirty = true;
  }

  @Override
  public void sched_switch(long nowNs, int cpu, Task prev, boolean prevRunnable, Task next) {
    advance(nowNs);
    checkCpu(nowNs, cpu);
    dirty = true;
    if (prev != running[cpu]) {
      breach(Breach.TRACE, nowNs, "CPU " + cpu + " switched from " + name(prev) + " but ran "
          + name(running[cpu]));
    }
    if (prev != null && running[cpu] == prev) {
      running[cpu] = null;
      runningOn[prev.id()] = -1;
      runnable[prev.id()] = prevRunnable;
      waitingSince[prev.id()] = prevRunnable ? nowNs : -1;
    }
    if (next != null) {
      switchIn(nowNs, cpu, next);
    }
  }

  private void switchIn(long nowNs, int cpu, Task next) {
    int id = next.id();
    if (runningOn[id] >= 0) {
      breach(Breach.ONE_CPU, nowNs, next + " switched in on CPU " + cpu
          + " while running on CPU " + runningOn[id]);
      running[runningOn[id]] = null;
    }
    if (!runnable[id]) {
      breach(Breach.BLOCKED_RUNS, nowNs, "blocked task " + next + " switched in on CPU " + cpu);
    }
    if (!next.hardAffinity().contains(cpu)) {
      breach(Breach.AFFINITY, nowNs, next + " switched in on CPU " + cpu
          + " outside its hard affinity " + next.hardAffinity());
    }
    if (waitingSince[id] >= 0) {
      noteWait(next, waitingSince[id], nowNs);
    }
    waitingSince[id] = -1;
    running[cpu] = next;
    runningOn[id] = cpu;
  }

  @Override
  public void sched_waking(long nowNs, Task task, int cpu) {
    advance(nowNs);
    dirty = true;
    int id = task.id();
    if (runnable[id]) {
      breach(Breach.TRACE, nowNs, "waking of " + task + ", which is runnable");
    }
    runnable[id] = true;
    if (runningOn[id] < 0) {
      waitingSince[id] = nowNs;
    }
  }

  @Override
  public void end(long endNs) {
    advance(endNs);
    for (int cpu : online) {
      if (episodeStart[cpu] >= 0) {
        closeEpisode(cpu, endNs);
      }
    }
    for (Task t : tasks) {
      if (waitingSince[t.id()] >= 0) {
        noteWait(t, waitingSince[t.id()], endNs);
      }
    }
  }

  private void advance(long nowNs) {
    if (nowNs < lastNs) {
      breach(Breach.TRACE, nowNs, "time went back from " + lastNs);
      return;
    }
    if (nowNs == lastNs) {
      return;
    }
    if (dirty) {
      checkStates();
      updateEpisodes(lastNs);
      dirty = false;
    }
    integrate(Math.max(lastNs, fromNs), Math.min(nowNs, toNs));
    lastNs = nowNs;
  }

  private void integrate(long a, long b) {
    if (b <= a) {
      return;
    }
    long dt = b - a;
    for (int cpu : online) {
      stateNs[state[cpu].ordinal()] += dt;
      if (running[cpu] != null) {
        cpuNs[running[cpu].id()] += dt;
      }
    }
    for (int[] core : cores) {
      if (mixedGuests(core)) {
        guestGuestNs += dt;
      }
    }
  }

  private boolean mixedGuests(int[] core) {
    String seen = null;
    for (int cpu : core) {
      if (state[cpu] == ThreadState.GUEST) {
        if (seen == null) {
          seen = trust[cpu];
        } else if (!seen.equals(trust[cpu])) {
          return true;
        }
      }
    }
    return false;
  }

  /** Thread states and switches agree once every event of an instant is in. */
  private void checkStates() {
    for (int cpu : online) {
      boolean guest = state[cpu] == ThreadState.GUEST;
      if (guest && stateTask[cpu] != running[cpu]
          || !guest && state[cpu] != ThreadState.HOST && running[cpu] != null) {
        breach(Breach.TRACE, lastNs, "CPU " + cpu + " is in state " + state[cpu].id()
            + " with " + name(stateTask[cpu]) + " but the switches show " + name(running[cpu]));
      }
    }
  }

  private void updateEpisodes(long atNs) {
    for (int cpu : online) {
      int waiting = state[cpu] == ThreadState.IDLE ? waitingAllowed(cpu) : -1;
      if (waiting >= 0 && episodeStart[cpu] < 0) {
        episodeStart[cpu] = atNs;
        episodeTask[cpu] = waiting;
      } else if (waiting < 0 && episodeStart[cpu] >= 0) {
        closeEpisode(cpu, atNs);
      }
    }
  }

  private int waitingAllowed(int cpu) {
    for (Task t : tasks) {
      int id = t.id();
      if (runnable[id] && runningOn[id] < 0 && !exempt[id] && t.hardAffinity().contains(cpu)) {
        return id;
      }
    }
    return -1;
  }

  private void closeEpisode(int cpu, long atNs) {
    long length = atNs - episodeStart[cpu];
    if (longestEpisode == null || length > longestEpisode.lengthNs()) {
      longestEpisode = new IdleEpisode(cpu, episodeStart[cpu], length,
          tasks.get(episodeTask[cpu]).name());
    }
    episodeStart[cpu] = -1;
  }

  private void noteWait(Task t, long sinceNs, long nowNs) {
    long length = nowNs - sinceNs;
    if (!exempt[t.id()] && (longestWait == null || length > longestWait.lengthNs())) {
      longestWait = new Wait(t.name(), sinceNs, length);
    }
  }

  private void checkCpu(long nowNs, int cpu) {
    if (cpu < 0 || cpu >= state.length || Arrays.binarySearch(online, cpu) < 0) {
      breach(Breach.TRACE, nowNs, "event on CPU " + cpu + ", which is not online");
      throw new IllegalStateException("trace names CPU " + cpu + " which is not online");
    }
  }

  private void breach(Breach kind, long nowNs, String what) {
    breaches.putIfAbsent(kind, "t=" + nowNs + "ns: " + what);
  }

  private static String name(Task t) {
    return t == null ? "idle" : t.name();
  }

  /** The first breach of {@code kind}, if any. */
  public Optional<String> breach(Breach kind) {
    return Optional.ofNullable(breaches.get(kind));
  }

  /** Every breach found, by kind (the first of each). */
  public Map<Breach, String> breaches() {
    return Map.copyOf(breaches);
  }

  /** The longest idle episode beside a waiting task, if any. */
  public Optional<IdleEpisode> longestIdleEpisode() {
    return Optional.ofNullable(longestEpisode);
  }

  /** The longest wait of a runnable task, if any. */
  public Optional<Wait> longestWait() {
    return Optional.ofNullable(longestWait);
  }

  /** Running time of task {@code id} in the measured window, from the switches. */
  public long cpuNs(int id) {
    return cpuNs[id];
  }

  /** Time all threads spent in {@code s} in the measured window. */
  public long stateNs(ThreadState s) {
    return stateNs[s.ordinal()];
  }

  /** Time cores ran guests of two trust domains at once in the measured window. */
  public long guestGuestNs() {
    return guestGuestNs;
  }
}
