package org.hvsched.topology;

import java.util.Objects;

/**
 * A physical core of a {@link Topology} view with its online SMT threads (OS CPU numbers; never
 * empty). The thread index of a CPU is its position in {@code threads}, ascending.
 */
public record Core(CoreId id, SocketId socket, CpuSet threads) {
  /** @throws IllegalArgumentException if {@code threads} is empty */
  public Core {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(socket, "socket");
    if (threads.isEmpty()) {
      throw new IllegalArgumentException("core " + id.index() + " has no thread");
    }
  }
}
