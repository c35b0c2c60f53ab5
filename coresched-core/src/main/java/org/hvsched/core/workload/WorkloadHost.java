package org.hvsched.core.workload;

import org.hvsched.api.Task;
import org.hvsched.core.random.RandomStream;

/**
 * What workloads may ask of the simulated host: the time, wake-ups of tasks of their VM,
 * workload-level events (request arrivals) and named random streams.
 */
public interface WorkloadHost {

  /** Simulated time now. */
  long nowNs();

  /**
   * Wakes {@code task} if it waits ({@link Step.Wait}) or releases it if it spins
   * ({@link Step.Spin}). If it does neither, the wake-up is remembered: its next {@code Wait} or
   * {@code Spin} ends at once (no lost wake-ups, as with a semaphore).
   */
  void wake(Task task);

  /** Runs {@code action} at {@code atNs} (not before now), as a workload event. */
  void at(long atNs, Runnable action);

  /** The random stream {@code name} of this run's seed (common random numbers). */
  RandomStream stream(String name);
}
