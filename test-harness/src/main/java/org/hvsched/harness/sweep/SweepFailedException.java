package org.hvsched.harness.sweep;

import java.util.OptionalLong;
import org.hvsched.core.SimulationException;

/**
 * A run of a sweep broke (an invariant failed, a policy threw, a workload did not finish):
 * {@code sweep run} stops starting runs, lets the running ones finish (their results are sound
 * and are kept, so that a re-run resumes), and exits 1. The message names the run's id and plan
 * line, the configuration, the seed, the axis values and, where the engine knows it, the
 * simulated time.
 */
public final class SweepFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SweepFailedException(PlanLine line, long index, Throwable cause) {
    super(message(line, index, cause), cause);
  }

  private static String message(PlanLine line, long index, Throwable cause) {
    String what = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
    OptionalLong at = OptionalLong.empty();
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof SimulationException s) {
        at = OptionalLong.of(s.atNs());
        break;
      }
    }
    return String.format("sweep run aborted: run %s (plan line %d), configuration %s, seed %d,"
        + " axes %s, %s: %s", line.id(), index + 1, line.config().name(), line.seed(),
        line.axisTexts(), at.isPresent() ? "simulated time " + at.getAsLong() + " ns"
            : "simulated time unknown", what);
  }
}
