package org.hvsched.core.engine;

import org.HdrHistogram.Histogram;
import org.hvsched.api.Task;
import org.hvsched.core.workload.Step;
import org.hvsched.core.workload.TaskProgram;
import org.hvsched.topology.InterferenceClass;

/** The engine's mutable state of one task: run state, current step, accounting. */
final class TaskRt {

  /** Where the task's time goes. */
  enum Category { RUNNING, WAITING, PARKED, BLOCKED }

  final Task task;
  final int id;
  TaskProgram program;

  boolean runnable;
  boolean parked;
  boolean pendingWake;
  boolean wakeScheduled;
  /** The CPU whose loaded occupant is this task (it executes there unless in host state). */
  int onCpu = -1;
  /** The CPU the latest policy assignment put the task on, -1 when none. */
  int committedCpu = -1;
  int lastCpu = -1;
  /** A CPU waiting to load this task until it has left {@link #onCpu}. */
  int awaitedBy = -1;

  Step step = Step.WAIT;
  boolean spinning;
  double remainingWork;
  InterferenceClass cls = InterferenceClass.MIXED;
  long sleepGen;
  long wokenAtNs = -1;

  Category category = Category.BLOCKED;
  long categorySinceNs;
  long cpuNs;
  long waitNs;
  long parkedNs;
  long blockedNs;
  long spinNs;
  double workDone;
  double forcedIdleNs;
  long contextSwitches;
  long migrations;
  final Histogram wakeLatency = new Histogram(3);

  TaskRt(Task task) {
    this.task = task;
    this.id = task.id();
  }

  /** Busy class for the siblings while executing. */
  InterferenceClass busyClass() {
    return spinning ? InterferenceClass.SPIN : cls;
  }

  @Override
  public String toString() {
    return task.name();
  }
}
