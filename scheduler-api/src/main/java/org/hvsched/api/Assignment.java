package org.hvsched.api;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One logical CPU and what it is to hold next.
 *
 * @param cpu OS CPU number
 * @param next the occupant the CPU switches to
 */
public record Assignment(int cpu, Occupant next) {
  public Assignment {
    checkArgument(cpu >= 0, "cpu must be >= 0: %s", cpu);
    requireNonNull(next, "next");
  }
}
