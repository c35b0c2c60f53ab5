package org.hvsched.harness.scenario;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.hvsched.api.TaskKind;
import org.hvsched.harness.workload.WorkloadSpec;
import org.hvsched.harness.yaml.Location;
import org.hvsched.topology.CpuSet;

/**
 * An extra VM thread (QEMU emulator, I/O thread, vhost worker) of a domain.
 *
 * @param name thread name within the domain ({@code emulator}, {@code iothread1})
 * @param kind what it is (not a vCPU)
 * @param affinity its own hard affinity, empty = the domain's
 * @param workload what it does
 * @param location where it was written (or the import entry)
 */
public record ThreadDef(String name, TaskKind kind, Optional<CpuSet> affinity,
    WorkloadSpec workload, Location location) {
  public ThreadDef {
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    if (kind == TaskKind.VCPU) {
      throw new IllegalArgumentException("an extra VM thread cannot be a vCPU: " + name);
    }
    requireNonNull(affinity, "affinity");
    requireNonNull(workload, "workload");
    requireNonNull(location, "location");
  }
}
