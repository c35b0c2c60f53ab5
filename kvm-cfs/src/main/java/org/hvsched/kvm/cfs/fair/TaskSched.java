package org.hvsched.kvm.cfs.fair;

import org.hvsched.api.Task;

/**
 * The scheduler's part of a {@code task_struct}: its entity, group, CPU, run state, core
 * cookie and core-scheduling statistics.
 */
public final class TaskSched {
  final Task task;
  final Entity se;
  final TaskGroup tg;
  int cpu = -1;
  boolean queued;
  boolean everQueued;
  long cookie;
  int coreOccupation;
  long forceIdleSumNs;

  TaskSched(Task task, Entity se, TaskGroup tg) {
    this.task = task;
    this.se = se;
    this.tg = tg;
  }

  /** The task. */
  public Task task() {
    return task;
  }

  /** Its scheduling entity. */
  public Entity se() {
    return se;
  }

  /** Its VM group. */
  public TaskGroup group() {
    return tg;
  }

  /** {@code task_cpu}: the CPU it is queued on or last ran on, -1 before its first wake. */
  public int cpu() {
    return cpu;
  }

  /** Runnable in the policy's view (task-level {@code on_rq}). */
  public boolean queued() {
    return queued;
  }

  /** {@code core_cookie}: 0 untagged. */
  public long cookie() {
    return cookie;
  }

  /** Sets the cookie (before the task is first queued). */
  public void setCookie(long cookie) {
    this.cookie = cookie;
  }

  /** {@code core_occupation}: how many siblings ran non-idle at its last core-wide pick. */
  public int coreOccupation() {
    return coreOccupation;
  }

  /** {@code core_forceidle_sum}: forced idle time charged to this task. */
  public long forceIdleSumNs() {
    return forceIdleSumNs;
  }

  @Override
  public String toString() {
    return task.name();
  }
}
