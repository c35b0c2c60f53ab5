package org.hvsched.core;

/**
 * A run broke: an invariant failed or a policy threw. The message names the policy, the
 * simulated time, the CPU and the task where known; nothing of the run may be reported.
 */
public final class SimulationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final long atNs;

  /** A failure at simulated time {@code atNs}. */
  public SimulationException(long atNs, String message, Throwable cause) {
    super("t=" + atNs + "ns: " + message, cause);
    this.atNs = atNs;
  }

  /** Simulated time of the failure. */
  public long atNs() {
    return atNs;
  }
}
