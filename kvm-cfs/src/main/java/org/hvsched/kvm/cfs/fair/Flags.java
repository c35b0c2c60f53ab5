package org.hvsched.kvm.cfs.fair;

/** The enqueue/dequeue flags of {@code kernel/sched/sched.h} that the model uses. */
public final class Flags {
  /** {@code ENQUEUE_WAKEUP}: the entity wakes up from sleep. */
  public static final int ENQUEUE_WAKEUP = 1;
  /** {@code ENQUEUE_MIGRATED}: the task changed CPU while waking. */
  public static final int ENQUEUE_MIGRATED = 2;
  /** {@code ENQUEUE_INITIAL}: a new task's first enqueue. */
  public static final int ENQUEUE_INITIAL = 4;
  /** {@code DEQUEUE_SLEEP}: the entity goes to sleep (vruntime stays absolute). */
  public static final int DEQUEUE_SLEEP = 1;

  private Flags() {}

  static boolean has(int flags, int flag) {
    return (flags & flag) != 0;
  }
}
