package org.hvsched.core;

import org.hvsched.core.engine.Engine;
import org.hvsched.core.stats.RunOutcome;

/** Runs one simulation. */
public final class Simulation {
  private Simulation() {}

  /**
   * Runs {@code spec} to its end on the calling thread.
   *
   * @throws SimulationException when an invariant breaks or a policy throws
   * @throws IllegalArgumentException when the spec is inconsistent (pools, affinities)
   */
  public static RunOutcome run(SimulationSpec spec) {
    return new Engine(spec).run(false);
  }

  /** As {@link #run}, with a progress line on stderr when it is a terminal (single runs). */
  public static RunOutcome runWithProgress(SimulationSpec spec) {
    return new Engine(spec).run(true);
  }
}
