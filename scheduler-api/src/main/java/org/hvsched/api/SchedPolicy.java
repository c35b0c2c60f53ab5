package org.hvsched.api;

/**
 * One scheduler instance, managing the CPUs of one pool. The engine tells it what happened and
 * asks it what to run; it never reads a clock or touches the event queue: "now" is a parameter,
 * and timers and reschedules of other CPUs go through its {@link PolicyContext}.
 *
 * <p>Call protocol (all calls on the simulation thread, in simulated-time order):
 * <ul>
 *   <li>{@link #addTask} once per task of the pool before the first event; tasks start blocked
 *       and become runnable through {@link #wake}.
 *   <li>{@link #wake}: a blocked task became runnable. The policy queues it and, if some CPU
 *       should pick it up, calls {@link PolicyContext#resched} (or, for a member of a running
 *       unit, {@link PolicyContext#assign}).
 *   <li>{@link #block} / {@link #yield}: the task running on {@code cpu} stopped being runnable
 *       or gave way; the engine then calls {@link #schedule} for that CPU. The task may already
 *       have been switched away in the policy's view by a remote assignment that has not landed
 *       yet (the IPI is in flight): the policy must accept that.
 *   <li>{@link #schedule}: decide for the scheduling resource of {@code cpu}. With
 *       {@link Granularity#CORE}/{@link Granularity#SOCKET} the call happens once per rendezvous.
 *   <li>{@link #timerFired}: a timer created through the context expired.
 *   <li>{@link #switched}: a switch the engine carried out completed on a CPU (upstream's
 *       {@code context_saved}); optional.
 * </ul>
 */
public interface SchedPolicy {

  /** The scheduling resource of this instance (fixed for its life). */
  Granularity granularity();

  /** Which cores this instance promises to isolate, given its settings and pool. */
  IsolationClaim isolationClaim();

  /** A task of this pool joins; it is blocked until {@link #wake}. */
  void addTask(Task task, long nowNs);

  /** A blocked task became runnable. */
  void wake(Task task, long nowNs);

  /** The task on {@code cpu} blocked; a {@link #schedule} call for {@code cpu} follows. */
  void block(Task task, int cpu, long nowNs);

  /** The task on {@code cpu} yielded; a {@link #schedule} call for {@code cpu} follows. */
  void yield(Task task, int cpu, long nowNs);

  /** Decide what the resource of {@code cpu} runs next. */
  Decision schedule(int cpu, long nowNs, ScheduleReason reason);

  /** A timer created through {@link PolicyContext#newTimer} fired. */
  void timerFired(PolicyTimer timer, long nowNs);

  /** A switch on {@code cpu} completed: {@code prev} is off the CPU, {@code next} on it. */
  default void switched(int cpu, Occupant prev, Occupant next, long nowNs) {}

  /**
   * Recompute the policy's derived state from its raw state and throw
   * {@link IllegalStateException} naming the unit, CPU and {@code nowNs} on any mismatch.
   */
  void checkInvariants(long nowNs);
}
