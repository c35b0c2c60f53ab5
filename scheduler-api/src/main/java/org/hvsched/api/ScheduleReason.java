package org.hvsched.api;

/** Why the engine asks a policy for a decision; traces and policies may use it. */
public enum ScheduleReason {
  /** The running task blocked. */
  BLOCK,
  /** The running task yielded. */
  YIELD,
  /** The decision's slice expired. */
  SLICE,
  /** The policy asked for it ({@link PolicyContext#resched}). */
  RESCHED
}
