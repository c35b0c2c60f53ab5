package org.hvsched.topology;

/**
 * A core of a {@link Topology} view: its position in {@link Topology#cores()} (cores ordered by
 * socket, then by first CPU). Dense within one view; translate between views (e.g. a cpupool's
 * {@link Topology#restrictTo} view and the host) through CPU numbers, which never change.
 */
public record CoreId(int index) implements Comparable<CoreId> {
  /** @throws IllegalArgumentException if {@code index} is negative */
  public CoreId {
    if (index < 0) {
      throw new IllegalArgumentException("core index must be >= 0: " + index);
    }
  }

  @Override
  public int compareTo(CoreId o) {
    return Integer.compare(index, o.index);
  }
}
