package org.hvsched.api;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.hvsched.topology.CpuSet;

/**
 * A schedulable entity: a vCPU or another thread of a VM, with Linux-like process ids so that
 * policies which model a process tree (Linux core-scheduling cookies) have one.
 *
 * <p>Identity is {@link #id()}: a dense index over all tasks of the simulation (0..n-1), used as
 * the final unique tie-breaker of every ordering. Tasks are immutable descriptions; their run
 * state lives in the engine and in the policy's own bookkeeping.
 *
 * @param id dense, unique task index
 * @param name display name, e.g. {@code vm1/vcpu0} or {@code vm1/emulator}
 * @param domain the domain (VM) the task belongs to
 * @param kind vCPU or other VM thread
 * @param vcpuIndex the vCPU number within the domain, or -1 for other threads
 * @param pid Linux-like thread id (unique)
 * @param tgid thread group id: one per VM (the QEMU process)
 * @param pgid process group id
 * @param hardAffinity CPUs the task may run on (already intersected with its pool)
 * @param softAffinity CPUs the task prefers
 */
public record Task(int id, String name, Domain domain, TaskKind kind, int vcpuIndex,
    int pid, int tgid, int pgid, CpuSet hardAffinity, CpuSet softAffinity) {

  public Task {
    checkArgument(id >= 0, "task id must be >= 0: %s", id);
    requireNonNull(name, "name");
    requireNonNull(domain, "domain");
    requireNonNull(kind, "kind");
    checkArgument(kind != TaskKind.VCPU || vcpuIndex >= 0,
        "a vCPU task needs a vcpu index: %s", name);
    checkArgument(!hardAffinity.isEmpty(), "task %s has an empty hard affinity", name);
    requireNonNull(softAffinity, "softAffinity");
  }

  /** The trust domain the isolation auditor judges this task by. */
  public String trust() {
    return domain.trust();
  }

  /** True for a vCPU. */
  public boolean isVcpu() {
    return kind == TaskKind.VCPU;
  }

  @Override
  public String toString() {
    return name;
  }
}
