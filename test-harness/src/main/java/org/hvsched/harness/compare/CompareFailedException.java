package org.hvsched.harness.compare;

import java.util.OptionalLong;
import org.hvsched.core.SimulationException;

/**
 * A run of a comparison broke (an invariant failed, a policy threw, a workload did not finish):
 * the whole comparison is aborted and nothing is reported. The message names the scenario, the
 * configuration, the seed and, where the engine knows it, the simulated time.
 */
public final class CompareFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String config;
  private final long seed;
  private final OptionalLong atNs;

  CompareFailedException(String scenario, String config, long seed, Throwable cause) {
    super(message(scenario, config, seed, cause), cause);
    this.config = config;
    this.seed = seed;
    this.atNs = simulatedTime(cause);
  }

  /** The configuration whose run failed. */
  public String config() {
    return config;
  }

  /** The seed of the failed run. */
  public long seed() {
    return seed;
  }

  /** Simulated time of the failure, when the engine reported it. */
  public OptionalLong atNs() {
    return atNs;
  }

  private static String message(String scenario, String config, long seed, Throwable cause) {
    OptionalLong at = simulatedTime(cause);
    String what = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
    return String.format("compare aborted: scenario %s, configuration %s, seed %d, %s: %s",
        scenario, config, seed,
        at.isPresent() ? "simulated time " + at.getAsLong() + " ns" : "simulated time unknown",
        what);
  }

  private static OptionalLong simulatedTime(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof SimulationException s) {
        return OptionalLong.of(s.atNs());
      }
    }
    return OptionalLong.empty();
  }
}
