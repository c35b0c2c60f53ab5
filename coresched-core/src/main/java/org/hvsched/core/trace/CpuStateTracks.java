package org.hvsched.core.trace;

import java.util.Arrays;
import java.util.Objects;
import org.hvsched.api.Task;
import org.hvsched.core.ThreadState;
import org.hvsched.topology.Core;

/**
 * The host side of a Chrome trace: one thread track per logical CPU (siblings next to each other)
 * carrying the CPU's {@link ThreadState} as slices, and one counter per SMT core with the number
 * of its threads in forced idle. State for the open slices only: memory is bounded by CPUs.
 */
final class CpuStateTracks {
  /** Counter name of a core's forced-idle threads, without the core number. */
  static final String FORCED_IDLE = "forced idle core ";

  private final ChromeEvents out;
  private final HostLayout host;
  private final ChromeIds ids;
  private final ThreadState[] state;
  private final Task[] task;
  private final String[] trust;
  private final long[] startNs;
  private final int[] forcedOfCore;

  CpuStateTracks(ChromeEvents out, HostLayout host, ChromeIds ids) {
    this.out = out;
    this.host = host;
    this.ids = ids;
    state = new ThreadState[host.cpuSlots()];
    Arrays.fill(state, ThreadState.IDLE);
    task = new Task[host.cpuSlots()];
    trust = new String[host.cpuSlots()];
    startNs = new long[host.cpuSlots()];
    forcedOfCore = new int[host.coreCount()];
  }

  /** Names the host process and its CPU threads; starts the forced-idle counters at 0. */
  void describe() {
    out.name("process_name", ids.hostPid(), ids.hostPid(), "host");
    out.sortIndex("process_sort_index", ids.hostPid(), ids.hostPid(), -1);
    int order = 0;
    for (Core core : host.cores()) {
      for (int cpu : core.threads()) {
        int tid = ids.cpuTid(cpu);
        out.name("thread_name", ids.hostPid(), tid, "core " + core.id().index() + " cpu " + cpu);
        out.sortIndex("thread_sort_index", ids.hostPid(), tid, order++);
      }
      if (core.threads().size() > 1) {
        out.counter(ids.hostPid(), 0, FORCED_IDLE + core.id().index(), "threads", 0);
      }
    }
  }

  /** {@code cpu} enters {@code newState}; a change ends the slice of the previous state. */
  void change(long nowNs, int cpu, ThreadState newState, Task newTask, String newTrust) {
    host.checkCpu(cpu);
    Objects.requireNonNull(newState, "state");
    if (state[cpu] == newState && task[cpu] == newTask && Objects.equals(trust[cpu], newTrust)) {
      return;
    }
    emit(cpu, nowNs);
    boolean wasForced = state[cpu] == ThreadState.FORCED_IDLE;
    boolean isForced = newState == ThreadState.FORCED_IDLE;
    state[cpu] = newState;
    task[cpu] = newTask;
    trust[cpu] = newTrust;
    startNs[cpu] = nowNs;
    if (wasForced != isForced) {
      int core = host.coreOfCpu()[cpu];
      forcedOfCore[core] += isForced ? 1 : -1;
      out.counter(ids.hostPid(), nowNs, FORCED_IDLE + core, "threads", forcedOfCore[core]);
    }
  }

  /** Ends every open slice at {@code endNs}. */
  void finish(long endNs) {
    for (Core core : host.cores()) {
      for (int cpu : core.threads()) {
        emit(cpu, endNs);
        startNs[cpu] = endNs;
      }
    }
  }

  private void emit(int cpu, long endNs) {
    long durNs = endNs - startNs[cpu];
    if (durNs <= 0) {
      return;
    }
    ThreadState s = state[cpu];
    out.slice(ids.hostPid(), ids.cpuTid(cpu), startNs[cpu], durNs, label(cpu), s.id());
    out.arg("state", s.id());
    out.arg("cpu", cpu);
    if (trust[cpu] != null) {
      out.arg("trust", trust[cpu]);
    }
    if (task[cpu] != null) {
      out.arg(s == ThreadState.HOST ? "next" : "task", task[cpu].name());
    }
    out.endArgs();
  }

  private String label(int cpu) {
    ThreadState s = state[cpu];
    if (s == ThreadState.GUEST) {
      return task[cpu] != null ? task[cpu].name() : "guest " + trust[cpu];
    }
    if (s == ThreadState.RESERVED_IDLE && trust[cpu] != null) {
      return "reservedIdle " + trust[cpu];
    }
    return s.id();
  }
}
