package org.hvsched.xen.credit2;

import static org.hvsched.xen.credit2.Credit2Constants.MAX_TIMER_NS;
import static org.hvsched.xen.credit2.Credit2Constants.MIN_TIMER_NS;

/**
 * {@code csched2_runtime}: run until the unit's credit falls to that of the best positive waiter
 * (the runqueue head, or the unit being switched out, whose credit is passed as
 * {@code inflightCredit}), or to zero; converted to time with the unit's weight; no more than its
 * cap budget; at least {@code max(MIN_TIMER, ratelimit or its remainder for a continuing unit)};
 * at most MAX_TIMER unless that floor is larger.
 */
final class SliceLength {
  private SliceLength() {}

  /**
   * The slice in ns.
   *
   * @param continuing whether {@code snext} was already running ({@code is_running})
   * @param headCredit credit of the runqueue head, or null when the runqueue is empty
   * @param budgetRate budget charged per ns of run (1 but with {@code capResourceTime=false})
   */
  static long of(UnitState snext, boolean continuing, Integer headCredit, int inflightCredit,
      int maxWeight, long ratelimitNs, long budgetRate, long nowNs) {
    long minTime = MIN_TIMER_NS;
    if (ratelimitNs > 0) {
      long r = continuing ? snext.stateEntryTimeNs + ratelimitNs - nowNs : ratelimitNs;
      minTime = Math.max(minTime, r);
    }
    long rtCredit = snext.credit;
    int waitCredit = 0;
    if (headCredit != null && headCredit > 0) {
      waitCredit = headCredit;
    }
    waitCredit = Math.max(waitCredit, inflightCredit);
    if (waitCredit > 0) {
      rtCredit = (long) snext.credit - waitCredit;
    }
    long time = rtCredit > 0 ? Credits.toTimeNs(rtCredit, maxWeight, snext.weight) : 0;
    if (snext.capped()) {
      time = Math.min(snext.budgetNs / budgetRate, time);
    }
    if (time < minTime) {
      return minTime;
    }
    return Math.min(time, MAX_TIMER_NS);
  }
}
