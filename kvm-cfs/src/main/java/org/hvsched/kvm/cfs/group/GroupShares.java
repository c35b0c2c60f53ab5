package org.hvsched.kvm.cfs.group;

import static com.google.common.base.Preconditions.checkArgument;


/**
 * {@code calc_group_shares}: a group entity's weight on one CPU is the group's shares times the
 * fraction of the group's load that sits on that CPU, clamped to [MIN_SHARES, shares].
 *
 * <p>Simplification (named): upstream takes load = max(queue weight, PELT load average) and the
 * group total from the PELT averages of all CPUs ({@code tg->load_avg}), refreshed lazily; the
 * model uses the instantaneous queue weights and their exact sum, so an entity's weight follows
 * its group's runnable threads at once instead of over PELT's ~32 ms half-life. Each CPU still
 * recomputes its own entity only at its own enqueue, dequeue and tick, as upstream.
 */
public final class GroupShares {
  /** {@code MIN_SHARES} in unscaled units: the floor of a group entity's weight. */
  public static final long MIN_SHARES = 2;

  private GroupShares() {}

  /**
   * @param shares the group's shares (unscaled)
   * @param localLoad the group's queue weight on this CPU
   * @param totalLoad the group's queue weights summed over all CPUs (includes localLoad)
   */
  public static long calc(long shares, long localLoad, long totalLoad) {
    checkArgument(localLoad >= 0 && totalLoad >= localLoad,
        "loads must satisfy 0 <= local <= total: %s, %s", localLoad, totalLoad);
    long w = totalLoad == 0 ? shares : shares * localLoad / totalLoad;
    return Math.max(MIN_SHARES, Math.min(shares, w));
  }
}
