package org.hvsched.core.workload;

/**
 * Drives one task: the engine calls {@link #next} at the start of the run and whenever the
 * previous step ended (a burst completed, a sleep or wait was woken, a spin was released), with
 * the simulated time. Programs keep their own state and draw randomness only from named streams
 * ({@link WorkloadHost#stream}).
 */
@FunctionalInterface
public interface TaskProgram {

  /** The next step of the task at {@code nowNs}. */
  Step next(long nowNs);
}
