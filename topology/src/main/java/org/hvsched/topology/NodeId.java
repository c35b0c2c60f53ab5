package org.hvsched.topology;

/** A NUMA node by its OS node number ({@code nodeN}); the same in every view of a host. */
public record NodeId(int id) implements Comparable<NodeId> {
  /** @throws IllegalArgumentException if {@code id} is negative */
  public NodeId {
    if (id < 0) {
      throw new IllegalArgumentException("NUMA node id must be >= 0: " + id);
    }
  }

  @Override
  public int compareTo(NodeId o) {
    return Integer.compare(id, o.id);
  }
}
