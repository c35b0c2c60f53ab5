package org.hvsched.topology;

import java.util.List;
import java.util.Objects;

/**
 * A socket (package) of a {@link Topology} view: its dense id, the OS package id as the source
 * gave it ({@code physical_package_id}, hwloc {@code os_index}, xl {@code socket}; -1 if unknown),
 * the NUMA nodes its online CPUs belong to, and its cores, in {@link Topology#cores()} order.
 */
public record Socket(SocketId id, int osId, List<NodeId> nodes, List<CoreId> cores) {
  /** Copies the lists. */
  public Socket {
    Objects.requireNonNull(id, "id");
    nodes = List.copyOf(nodes);
    cores = List.copyOf(cores);
  }
}
