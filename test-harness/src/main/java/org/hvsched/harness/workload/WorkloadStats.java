package org.hvsched.harness.workload;

import java.util.List;
import org.HdrHistogram.Histogram;
import org.hvsched.core.stats.TaskStats;

/**
 * What the engine measured for a workload's tasks over the measured window.
 *
 * @param measuredNs the measured window
 * @param tasks stats of the workload's tasks, in the order of {@link WorkloadEnv#tasks()}
 */
public record WorkloadStats(long measuredNs, List<TaskStats> tasks) {
  public WorkloadStats {
    tasks = List.copyOf(tasks);
  }

  /** Work done by the tasks. */
  public long workNs() {
    return tasks.stream().mapToLong(TaskStats::workNs).sum();
  }

  /** The tasks' wake-up latencies merged. */
  public Histogram wakeLatency() {
    Histogram h = Latencies.newHistogram();
    tasks.forEach(t -> h.add(t.wakeLatency()));
    return h;
  }
}
