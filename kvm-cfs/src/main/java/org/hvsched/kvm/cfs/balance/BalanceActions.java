package org.hvsched.kvm.cfs.balance;

import org.hvsched.kvm.cfs.fair.TaskSched;

/** What the balancer asks of the policy once it decided. */
public interface BalanceActions {

  /** {@code attach_task} moved {@code p} to {@code dstCpu}: check preemption there. */
  void attached(int dstCpu, TaskSched p);

  /**
   * {@code stop_one_cpu_nowait(active_load_balance_cpu_stop)}: {@code srcCpu} must reschedule
   * and push one task to {@code dstCpu} once its running task is off the CPU.
   */
  void activeBalance(int srcCpu, int dstCpu);
}
