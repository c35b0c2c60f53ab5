package org.hvsched.api;

import static java.util.Objects.requireNonNull;

/**
 * What one logical CPU is told to hold: a task, or one of the three idle states the auditor and
 * the accounting tell apart (design.md "Thread states").
 */
public sealed interface Occupant {

  /** Plain idle: nothing to run. */
  Occupant IDLE = new Idle();

  /** Run this task. */
  static Occupant run(Task task) {
    return new Run(task);
  }

  /** Forced idle (Linux core scheduling: the core's cookie leaves this sibling nothing). */
  static Occupant forcedIdle() {
    return ForcedIdle.INSTANCE;
  }

  /** Reserved idle (Xen sched-gran: the thread belongs to a running unit of {@code owner}). */
  static Occupant reservedIdle(Domain owner) {
    return new ReservedIdle(owner);
  }

  /** The task to run, or null for the idle states. */
  default Task task() {
    return null;
  }

  /** Runs a task. */
  record Run(Task task) implements Occupant {
    public Run {
      requireNonNull(task, "task");
    }
  }

  /** Idle with nothing runnable that may run here. */
  record Idle() implements Occupant {}

  /** Idle because the core-wide pick found nothing compatible for this sibling. */
  record ForcedIdle() implements Occupant {
    static final ForcedIdle INSTANCE = new ForcedIdle();
  }

  /** Idle, but held for a unit of {@code owner} (Xen's guest-attached idle vCPU). */
  record ReservedIdle(Domain owner) implements Occupant {
    public ReservedIdle {
      requireNonNull(owner, "owner");
    }
  }
}
