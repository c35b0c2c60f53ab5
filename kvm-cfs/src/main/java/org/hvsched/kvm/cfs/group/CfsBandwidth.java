package org.hvsched.kvm.cfs.group;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A group's {@code struct cfs_bandwidth} ({@code cpu.max} = quota/period): the global runtime
 * pool refilled to the quota every period, from which each CPU's queue takes slices
 * ({@code sched_cfs_bandwidth_slice_us}, 5 ms) when its local runtime runs out.
 *
 * <p>Modelled: {@code __assign_cfs_rq_runtime}, {@code __refill_cfs_bandwidth_runtime} (no
 * burst), {@code distribute_cfs_runtime}'s "debt + 1 ns" per throttled queue, the period timer
 * that stops after an idle period, {@code __return_cfs_rq_runtime} (local runtime above 1 ms
 * goes back to the pool when a queue empties). Not modelled: {@code cpu.max.burst}, the 5 ms
 * slack timer that would unthrottle queues from returned runtime before the period ends (they
 * wait for the period timer), the hierarchical quota check.
 */
public final class CfsBandwidth {
  /** {@code min_cfs_rq_runtime}: runtime a queue keeps when it returns slack. */
  public static final long MIN_CFS_RQ_RUNTIME_NS = 1_000_000;
  private final long quotaNs;
  private final long periodNs;
  private final long sliceNs;
  private long runtimeNs;
  private boolean idle;
  private boolean periodActive;
  private long nrPeriods;
  private long nrThrottled;
  private boolean startRequested;

  /**
   * @param quotaNs runtime per period, at least 1 ms
   * @param periodNs 1 ms to 1 s
   * @param sliceNs runtime taken at once by a CPU
   */
  public CfsBandwidth(long quotaNs, long periodNs, long sliceNs) {
    checkArgument(quotaNs >= 1_000_000, "cpu.max quota must be >= 1 ms: %s ns", quotaNs);
    checkArgument(periodNs >= 1_000_000 && periodNs <= 1_000_000_000,
        "cpu.max period must be in 1 ms..1 s: %s ns", periodNs);
    checkArgument(sliceNs > 0, "bandwidth slice must be positive: %s", sliceNs);
    this.quotaNs = quotaNs;
    this.periodNs = periodNs;
    this.sliceNs = sliceNs;
    this.runtimeNs = quotaNs;
  }

  /**
   * {@code __assign_cfs_rq_runtime}: tops a queue's local runtime up towards {@code targetNs}
   * from the pool; returns the amount granted. Starts the period timer if it was stopped
   * ({@code start_cfs_bandwidth}); the caller arms the timer when {@link #takeStartRequest} says.
   */
  public long assign(long localRemainingNs, long targetNs) {
    startRequested |= !periodActive;
    periodActive = true;
    long want = targetNs - localRemainingNs;
    long amount = 0;
    if (runtimeNs > 0 && want > 0) {
      amount = Math.min(runtimeNs, want);
      runtimeNs -= amount;
      idle = false;
    }
    return amount;
  }

  /** True once after {@link #assign} found the period timer stopped: arm it now. */
  public boolean takeStartRequest() {
    boolean r = startRequested;
    startRequested = false;
    return r;
  }

  /** One bandwidth slice. */
  public long sliceNs() {
    return sliceNs;
  }

  /** The period. */
  public long periodNs() {
    return periodNs;
  }

  /** The quota. */
  public long quotaNs() {
    return quotaNs;
  }

  /** Runtime left in the pool this period. */
  public long runtimeNs() {
    return runtimeNs;
  }

  /**
   * The period timer fired ({@code do_sched_cfs_period_timer}): refill, then report whether the
   * timer stays armed. {@code throttled} tells whether any queue of the group is throttled.
   *
   * @return false when the group was idle for a whole period and nothing is throttled: the
   *     timer stops until a queue asks for runtime again
   */
  public boolean periodElapsed(boolean throttled) {
    nrPeriods++;
    runtimeNs = quotaNs;
    if (idle && !throttled) {
      periodActive = false;
      return false;
    }
    if (!throttled) {
      idle = true;
    } else {
      nrThrottled++;
      idle = false;
    }
    return true;
  }

  /**
   * {@code distribute_cfs_runtime} for one throttled queue owing {@code debtNs} (its negative
   * local runtime, as a positive number): grants debt + 1 ns, or what is left.
   */
  public long distribute(long debtNs) {
    long grant = Math.min(debtNs + 1, runtimeNs);
    runtimeNs -= grant;
    return grant;
  }

  /** {@code __return_cfs_rq_runtime}: local runtime above 1 ms goes back; returns it. */
  public long returnSlack(long localRemainingNs) {
    long slack = localRemainingNs - MIN_CFS_RQ_RUNTIME_NS;
    if (slack <= 0) {
      return 0;
    }
    runtimeNs += slack;
    return slack;
  }

  /** Periods elapsed ({@code nr_periods} of cpu.stat). */
  public long nrPeriods() {
    return nrPeriods;
  }

  /** Periods in which the group was throttled ({@code nr_throttled}). */
  public long nrThrottled() {
    return nrThrottled;
  }
}
