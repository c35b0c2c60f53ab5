package org.hvsched.kvm.cfs.fair;

import org.hvsched.api.Task;

/**
 * A {@code struct sched_entity}: a task or, for a group entity, the VM's queue on one CPU as
 * one entity of its parent queue. Weights are unscaled; {@code inv} is the 32-bit inverse used by
 * {@code calc_delta_fair} (the table value for tasks, {@code 0xffffffff / w} otherwise).
 */
public final class Entity {
  private final int id;
  final Task task;
  final CfsRq myQ;
  TaskSched owner;
  CfsRq cfsRq;
  Entity parent;
  int depth;
  long weight = NiceWeights.NICE_0_LOAD;
  long inv = NiceWeights.wmultOfNice(0);
  long vruntime;
  long deadline;
  long vlag;
  long slice;
  long execStart;
  long sumExecNs;
  long prevSumExecNs;
  boolean onRq;
  boolean protectedSlice;

  /** A task entity. */
  Entity(int id, Task task) {
    this.id = id;
    this.task = task;
    this.myQ = null;
  }

  /** A group entity owning {@code myQ}, queued on {@code parentQ}. */
  Entity(int id, CfsRq myQ, CfsRq parentQ) {
    this.id = id;
    this.task = null;
    this.myQ = myQ;
    this.cfsRq = parentQ;
    this.depth = 0;
  }

  /** Unique id: the final tie-breaker of every queue. */
  public int id() {
    return id;
  }

  /** The task, or null for a group entity. */
  public Task task() {
    return task;
  }

  /** True for a task entity. */
  public boolean isTask() {
    return task != null;
  }

  /** Virtual runtime (ns of nice-0 time). */
  public long vruntime() {
    return vruntime;
  }

  /** EEVDF virtual deadline. */
  public long deadline() {
    return deadline;
  }

  /** EEVDF stored virtual lag. */
  public long vlag() {
    return vlag;
  }

  /** Unscaled load weight. */
  public long weight() {
    return weight;
  }

  /** Total execution time charged. */
  public long sumExecNs() {
    return sumExecNs;
  }

  /** When the entity last started running or was last charged, in task-clock ns. */
  public long execStartNs() {
    return execStart;
  }

  /** True while queued (running included). */
  public boolean onRq() {
    return onRq;
  }

  void setWeight(long w, long inverse) {
    this.weight = w;
    this.inv = inverse;
  }

  @Override
  public String toString() {
    return task != null ? task.name() : "group:" + myQ;
  }
}
