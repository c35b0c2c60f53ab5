package org.hvsched.topology;

/**
 * A socket (package) of a {@link Topology} view: its position in {@link Topology#sockets()}
 * (sockets ordered by their lowest CPU). The OS package id is {@link Socket#osId()}.
 */
public record SocketId(int index) implements Comparable<SocketId> {
  /** @throws IllegalArgumentException if {@code index} is negative */
  public SocketId {
    if (index < 0) {
      throw new IllegalArgumentException("socket index must be >= 0: " + index);
    }
  }

  @Override
  public int compareTo(SocketId o) {
    return Integer.compare(index, o.index);
  }
}
