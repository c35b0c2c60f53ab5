package org.hvsched.kvm.cfs;

import java.util.ArrayList;
import java.util.List;
import org.hvsched.kvm.cfs.fair.Runqueues;
import org.hvsched.kvm.cfs.fair.TaskSched;

/**
 * Upstream's {@code p->on_cpu}: a task the policy assigned to a CPU stays "on" it until the host
 * reports that the CPU completed a switch to something else ({@link
 * org.hvsched.api.SchedPolicy#switched}). While on a CPU a task is not migrated, stolen or
 * woken elsewhere, so the host never runs it on two threads at once. A task pushed by active
 * balance leaves its CPU's queue at once and joins the destination when the switch completes
 * (the stopper runs after the task is off the CPU).
 */
final class OnCpuTracker {
  private final Runqueues rqs;
  private final List<List<TaskSched>> onCpu = new ArrayList<>();

  OnCpuTracker(Runqueues rqs, int maxCpu) {
    this.rqs = rqs;
    for (int cpu = 0; cpu <= maxCpu; cpu++) {
      onCpu.add(new ArrayList<>());
    }
  }

  /** The policy assigned {@code ts} to run on {@code cpu}. */
  void assigned(TaskSched ts, int cpu) {
    if (ts.onCpu() >= 0 && ts.onCpu() != cpu) {
      throw new IllegalStateException(ts + " assigned to cpu " + cpu + " while still on cpu "
          + ts.onCpu());
    }
    rqs.setOnCpu(ts, cpu);
    List<TaskSched> list = onCpu.get(cpu);
    if (!list.contains(ts)) {
      list.add(ts);
    }
  }

  /**
   * {@code cpu} completed a switch to {@code next} (null: an idle state): every other task on
   * it is off now. Returns the tasks that left.
   */
  List<TaskSched> switched(int cpu, TaskSched next) {
    List<TaskSched> left = new ArrayList<>();
    List<TaskSched> list = onCpu.get(cpu);
    for (TaskSched t : list) {
      if (t != next) {
        left.add(t);
        rqs.setOnCpu(t, -1);
      }
    }
    list.removeAll(left);
    return left;
  }

  /** Tasks the host may still run on {@code cpu}. */
  List<TaskSched> on(int cpu) {
    return onCpu.get(cpu);
  }
}
