package org.hvsched.core.engine;

/**
 * Event classes in the order they are handled at equal times: completions of what a thread was
 * doing come first, then what wakes tasks, then what makes decisions; utility events last (they
 * cannot keep a run alive).
 */
enum EventClass {
  IRQ_END,
  SWITCH_DONE,
  RENDEZVOUS_OUT,
  BURST_END,
  TASK_TIMER,
  WORKLOAD,
  POLICY_TIMER,
  IPI,
  RENDEZVOUS_ARRIVE,
  RENDEZVOUS_DECIDE,
  SLICE,
  IRQ_START,
  PROGRESS;

  /** Utility events never keep a simulation alive. */
  boolean utility() {
    return this == PROGRESS;
  }
}
