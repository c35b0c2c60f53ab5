package org.hvsched.core.trace;

import java.util.Arrays;
import java.util.List;
import org.hvsched.api.Task;

/**
 * Per-task state of an {@link FtraceWriter}, in arrays indexed by {@link Task#id()}: the
 * kernel-style {@code comm}, the CPU the task last ran on or was moved to, and the CPU of a
 * wakeup in progress (between {@code sched_waking} and {@code sched_wakeup}).
 */
final class TaskTable {
  private final String[] comm;
  private final int[] lastCpu;
  private final int[] wakerCpu;
  private final boolean[] wakerIrq;

  TaskTable(List<Task> tasks) {
    int slots = tasks.stream().mapToInt(Task::id).max().orElse(-1) + 1;
    comm = new String[slots];
    lastCpu = new int[slots];
    wakerCpu = new int[slots];
    wakerIrq = new boolean[slots];
    Arrays.fill(lastCpu, -1);
    Arrays.fill(wakerCpu, -1);
    for (Task t : tasks) {
      comm[t.id()] = FtraceLines.comm(t.name());
    }
  }

  /** The task's {@code comm} (at most 15 bytes). */
  String comm(Task task) {
    String c = task.id() < comm.length ? comm[task.id()] : null;
    if (c == null) {
      throw new IllegalArgumentException("task " + task.name() + " (id " + task.id()
          + ") was not announced in begin()");
    }
    return c;
  }

  /** The CPU a wakeup targets: where the task last was, else the first CPU it may run on. */
  int targetCpu(Task task) {
    comm(task);
    int last = lastCpu[task.id()];
    return last >= 0 ? last : task.hardAffinity().first();
  }

  void ranOn(Task task, int cpu) {
    comm(task);
    lastCpu[task.id()] = cpu;
    wakerCpu[task.id()] = -1;
  }

  void movedTo(Task task, int cpu) {
    lastCpu[task.id()] = cpu;
  }

  void waking(Task task, int cpu, boolean irq) {
    wakerCpu[task.id()] = cpu;
    wakerIrq[task.id()] = irq;
  }

  /** The CPU of the wakeup in progress, or -1. */
  int wakerCpu(Task task) {
    comm(task);
    return wakerCpu[task.id()];
  }

  boolean wokenByIrq(Task task) {
    return wakerIrq[task.id()];
  }

  void woken(Task task) {
    wakerCpu[task.id()] = -1;
  }
}
