package org.hvsched.core.workload;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.hvsched.topology.InterferenceClass;

/** What a task does next, as its {@link TaskProgram} says. */
public sealed interface Step {

  /** Run {@code workNs} of work (ns at full single-thread speed) of class {@code cls}. */
  record Compute(long workNs, InterferenceClass cls) implements Step {
    public Compute {
      checkArgument(workNs > 0, "work must be positive: %s", workNs);
      requireNonNull(cls, "cls");
    }
  }

  /**
   * Busy-wait (class {@code spin}: the thread is busy for its siblings) until
   * {@link WorkloadHost#wake} releases the task. Spinning is CPU time, not work.
   */
  record Spin() implements Step {}

  /** Block for {@code durationNs}, then become runnable (a timer wake-up). */
  record Sleep(long durationNs) implements Step {
    public Sleep {
      checkArgument(durationNs >= 0, "sleep must be >= 0: %s", durationNs);
    }
  }

  /** Block until {@link WorkloadHost#wake} is called for the task. */
  record Wait() implements Step {}

  /** Nothing more to do: the task stays blocked for the rest of the run. */
  record Done() implements Step {}

  /** Shared instances. */
  Step WAIT = new Wait();
  /** Shared instances. */
  Step SPIN = new Spin();
  /** Shared instances. */
  Step DONE = new Done();
}
