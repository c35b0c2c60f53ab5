package org.hvsched.harness.workload;

/**
 * What a workload parser needs to know about where the workload runs.
 *
 * @param vcpus number of tasks available: the domain's vCPUs, or 1 for an extra VM thread
 * @param thread true for an extra VM thread (no {@code vcpus:} subset allowed)
 */
public record WorkloadContext(int vcpus, boolean thread) {
  /** The workload of a domain with {@code vcpus} vCPUs. */
  public static WorkloadContext domain(int vcpus) {
    return new WorkloadContext(vcpus, false);
  }

  /** The workload of an extra VM thread. */
  public static WorkloadContext vmThread() {
    return new WorkloadContext(1, true);
  }
}
