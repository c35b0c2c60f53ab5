package org.hvsched.core.workload;

import org.hvsched.api.Task;

/** Creates the program of every task once the host exists (the harness implements it). */
@FunctionalInterface
public interface TaskPrograms {

  /** The program that drives {@code task}. */
  TaskProgram create(Task task, WorkloadHost host);
}
