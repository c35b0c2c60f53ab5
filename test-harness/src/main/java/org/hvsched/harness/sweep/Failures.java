package org.hvsched.harness.sweep;

import org.hvsched.topology.InputException;

/**
 * The failures of a sweep's runs, from worker threads: the one of the lowest plan index is
 * thrown, as an {@link InputException} unchanged, an {@link Error} unchanged, anything else as a
 * {@link SweepFailedException} naming the run.
 */
final class Failures {
  private long index = Long.MAX_VALUE;
  private PlanLine line;
  private Throwable failure;

  /** Records the failure of the run at plan index {@code i}. */
  synchronized void add(long i, PlanLine failed, Throwable t) {
    if (i < index) {
      index = i;
      line = failed;
      failure = t;
    }
  }

  /** Whether a run failed. */
  synchronized boolean any() {
    return failure != null;
  }

  /** Throws the first failure, if any. */
  synchronized void throwFirst() {
    if (failure == null) {
      return;
    }
    if (failure instanceof InputException e) {
      throw e;
    }
    if (failure instanceof Error e && !(failure instanceof AssertionError)) {
      throw e;
    }
    throw new SweepFailedException(line, index, failure);
  }
}
