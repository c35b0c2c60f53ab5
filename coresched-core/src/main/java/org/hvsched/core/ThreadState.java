package org.hvsched.core;

/**
 * What a logical CPU is doing (design.md "Thread states"). Only {@link #GUEST} and {@link #HOST}
 * make a thread busy for its siblings' speed; spinning guests are {@code GUEST} of class spin.
 */
public enum ThreadState {
  /** A task of some trust domain runs. */
  GUEST,
  /** Host work: interrupts, VM exits, context switches, rendezvous waits. */
  HOST,
  /** Linux core scheduling: the core's cookie leaves this sibling nothing to run. */
  FORCED_IDLE,
  /** Xen sched-gran: held for a running unit whose vCPU is absent or blocked. */
  RESERVED_IDLE,
  /** Nothing to run. */
  IDLE;

  /** Name used in traces and reports. */
  public String id() {
    return switch (this) {
      case GUEST -> "guest";
      case HOST -> "host";
      case FORCED_IDLE -> "forcedIdle";
      case RESERVED_IDLE -> "reservedIdle";
      case IDLE -> "idle";
    };
  }
}
