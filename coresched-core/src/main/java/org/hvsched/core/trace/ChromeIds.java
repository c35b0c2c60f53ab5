package org.hvsched.core.trace;

import java.util.List;
import org.hvsched.api.Task;

/**
 * The synthetic pids and tids of a Chrome trace's host tracks. Perfetto keys threads by tid
 * machine-wide and shares the id space with the embedded ftrace text, so they are placed above
 * every task pid and tgid: from 900000 (or the next multiple of 100000 above the largest task
 * id), the host process, then one tid per CPU number, then the policy-counter process.
 *
 * @param hostPid pid of the "host" process
 * @param cpuSlots highest CPU number plus one
 */
record ChromeIds(int hostPid, int cpuSlots) {

  /** Ids clear of every pid and tgid of {@code tasks}. */
  static ChromeIds of(List<Task> tasks, int cpuSlots) {
    long max = 0;
    for (Task t : tasks) {
      max = Math.max(max, Math.max(t.pid(), t.tgid()));
    }
    long base = Math.max(900_000L, (max / 100_000L + 1) * 100_000L);
    if (base + cpuSlots + 2 > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("task pids too large for trace ids: " + max);
    }
    return new ChromeIds((int) base, cpuSlots);
  }

  /** The tid of CPU {@code cpu}'s track in the host process. */
  int cpuTid(int cpu) {
    return hostPid + 1 + cpu;
  }

  /** The pid of the process holding the policy's counters. */
  int policyPid() {
    return hostPid + 1 + cpuSlots;
  }
}
