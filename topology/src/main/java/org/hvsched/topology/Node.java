package org.hvsched.topology;

import java.util.Objects;

/** A NUMA node and its online CPUs (empty for a memory-only node). */
public record Node(NodeId id, CpuSet cpus) {
  /** Checks for nulls. */
  public Node {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(cpus, "cpus");
  }
}
