package org.hvsched.kvm.cfs.fair;

/** What the fair-class operations need from the policy around them. */
public interface Host {

  /** {@code rq_clock_task(cpu)}: now minus the host (interrupt) time of that CPU. */
  long clockTaskNs(int cpu);

  /** {@code resched_curr}: the CPU must enter the scheduler. */
  void reschedCurr(int cpu);

  /** {@code start_cfs_bandwidth}: arm the group's period timer. */
  void startPeriodTimer(TaskGroup tg);

  /** A queue was throttled or unthrottled, or a task joined or left a throttled queue. */
  void parkingChanged();
}
