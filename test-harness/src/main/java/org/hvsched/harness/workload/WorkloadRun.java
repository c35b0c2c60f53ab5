package org.hvsched.harness.workload;

import org.hvsched.api.Task;
import org.hvsched.core.workload.TaskProgram;
import org.hvsched.core.workload.WorkloadHost;

/** One workload instance in one run: the programs of its tasks and, after the run, its result. */
public interface WorkloadRun {

  /** The program of {@code task} (one of the env's tasks); called once per task. */
  TaskProgram program(Task task, WorkloadHost host);

  /**
   * What the workload measured, primary metric first.
   *
   * @throws UnfinishedWorkloadException when its result is a makespan and it did not finish
   */
  WorkloadResult result(WorkloadStats stats);
}
