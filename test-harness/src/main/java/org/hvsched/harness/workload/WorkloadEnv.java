package org.hvsched.harness.workload;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import org.hvsched.api.Task;

/**
 * Where one workload instance runs: its owner (the domain, or the VM thread), the tasks it
 * drives, and the run's window.
 *
 * @param owner domain name, or the thread's task name; VM-level random streams are named
 *     {@code OWNER/PURPOSE} (e.g. {@code vm1/arrivals})
 * @param tasks the tasks it drives, in vCPU order (the {@code vcpus:} subset)
 * @param warmupNs start of the measured window
 * @param endNs end of the run
 */
public record WorkloadEnv(String owner, List<Task> tasks, long warmupNs, long endNs) {
  public WorkloadEnv {
    requireNonNull(owner, "owner");
    tasks = List.copyOf(tasks);
    checkArgument(!tasks.isEmpty(), "workload of %s has no task", owner);
    checkArgument(0 <= warmupNs && warmupNs < endNs, "bad window %s..%s", warmupNs, endNs);
  }

  /** The measured window in ns. */
  public long measuredNs() {
    return endNs - warmupNs;
  }

  /** Position of {@code task} among {@link #tasks()}. */
  public int indexOf(Task task) {
    int i = tasks.indexOf(task);
    checkArgument(i >= 0, "task %s is not driven by the workload of %s", task, owner);
    return i;
  }

  /** Whether {@code nowNs} lies in the measured window. */
  public boolean measured(long nowNs) {
    return nowNs >= warmupNs && nowNs <= endNs;
  }
}
