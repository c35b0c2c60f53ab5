package org.hvsched.harness.workload;

import java.util.Map;

/**
 * A workload as a scenario configures it: immutable, validated, with every default filled in.
 * One spec drives the tasks of one domain (its vCPUs, or the {@code vcpus:} subset) or one extra
 * VM thread; {@link #start} makes the per-run state.
 */
public interface WorkloadSpec {

  /** The {@code type:} word, or the profile name for a profile. */
  String name();

  /** Keys every workload takes. */
  WorkloadCommon common();

  /**
   * Every key with its resolved value in scenario spelling, in documentation order, starting with
   * {@code type} (or {@code profile}); what {@code hvsched validate} prints.
   */
  Map<String, Object> resolved();

  /**
   * Whether its result is a makespan: such a workload must finish within the run (else
   * {@link UnfinishedWorkloadException}), so its run cannot be cut short at will.
   */
  default boolean makespan() {
    return false;
  }

  /** Fresh per-run state for the tasks of {@code env}. */
  WorkloadRun start(WorkloadEnv env);
}
