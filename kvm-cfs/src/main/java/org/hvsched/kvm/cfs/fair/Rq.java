package org.hvsched.kvm.cfs.fair;

import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.Collections;

/**
 * A {@code struct rq} for one CPU of the pool, as the policy sees it: the root queue, the task
 * it last chose to run there ({@code curr}; null for idle or forced idle), the fair tasks queued
 * there ({@code cfs_tasks}, least recently run first), and the flags the scheduler tests.
 */
public final class Rq {
  final int cpu;
  final CfsRq root;
  final LinkedHashSet<TaskSched> tasks = new LinkedHashSet<>();
  TaskSched curr;
  boolean forcedIdle;
  boolean needResched;
  int idleCoreOccupation;

  Rq(int cpu, CfsRq root) {
    this.cpu = cpu;
    this.root = root;
  }

  /** The CPU number. */
  public int cpu() {
    return cpu;
  }

  /** The root queue. */
  public CfsRq root() {
    return root;
  }

  /** The running task in the policy's view, or null. */
  public TaskSched curr() {
    return curr;
  }

  /** True when the CPU was last given forced idle. */
  public boolean forcedIdle() {
    return forcedIdle;
  }

  /** {@code rq->nr_running}: runnable fair tasks here, throttled ones excluded. */
  public int nrRunning() {
    return root.hNrRunning;
  }

  /** {@code idle_cpu()}: running idle with nothing runnable (forced idle is not idle). */
  public boolean idle() {
    return curr == null && root.hNrRunning == 0;
  }

  /** True while {@code resched_curr} is pending. */
  public boolean needResched() {
    return needResched;
  }

  /** The core occupation stored on this CPU's idle task at its last forced-idle pick. */
  public int idleCoreOccupation() {
    return idleCoreOccupation;
  }

  /** Tasks queued here, least recently run first. */
  public Collection<TaskSched> tasks() {
    return Collections.unmodifiableCollection(tasks);
  }

  @Override
  public String toString() {
    return "cpu" + cpu;
  }
}
