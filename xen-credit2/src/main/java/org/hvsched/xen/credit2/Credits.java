package org.hvsched.xen.credit2;

import static com.google.common.base.Preconditions.checkArgument;
import static org.hvsched.xen.credit2.Credit2Constants.CARRYOVER_MAX;
import static org.hvsched.xen.credit2.Credit2Constants.CREDIT_INIT;
import static org.hvsched.xen.credit2.Credit2Constants.CREDIT_MIN;

/**
 * Credit arithmetic of credit2 as pure functions: time to credit with a kept remainder
 * ({@code t2c_update}), credit to time ({@code c2t}) and the reset amount and clip
 * ({@code reset_credit}). Credits are Xen's 32-bit {@code int}; time is 64-bit nanoseconds.
 */
public final class Credits {
  private Credits() {}

  /**
   * The result of charging run time: the new credit (floored at {@link
   * Credit2Constants#CREDIT_MIN}) and the remainder of the division kept for the next charge.
   */
  public record Burn(int credit, int residual) {}

  /**
   * {@code t2c_update}: charges {@code deltaNs} of run time at {@code maxWeight / weight} credit
   * per nanosecond, keeping the remainder ({@code residual}) so that short runs add up exactly.
   */
  public static Burn burn(int credit, int residual, long deltaNs, int maxWeight, int weight) {
    checkArgument(weight > 0, "weight must be positive: %s", weight);
    checkArgument(maxWeight >= weight, "max weight %s below unit weight %s", maxWeight, weight);
    checkArgument(deltaNs >= 0, "negative run time: %s", deltaNs);
    long num = deltaNs * maxWeight + residual;
    long charged = num / weight;
    int rem = (int) (num % weight);
    long val = credit - charged;
    return new Burn(val < CREDIT_MIN ? CREDIT_MIN : (int) val, rem);
  }

  /** {@code c2t}: how long a unit of {@code weight} runs to spend {@code credit}. */
  public static long toTimeNs(long credit, int maxWeight, int weight) {
    checkArgument(maxWeight > 0, "max weight must be positive: %s", maxWeight);
    return credit * weight / maxWeight;
  }

  /**
   * The amount {@code reset_credit} adds to every unit: CREDIT_INIT, doubled when the unit about
   * to run sits at the floor (so that it ends up positive).
   */
  public static int resetAmount(int snextCredit) {
    return snextCredit == CREDIT_MIN ? 2 * CREDIT_INIT : CREDIT_INIT;
  }

  /** A unit's credit after a reset: raised by {@code amount}, clipped to INIT + CARRYOVER_MAX. */
  public static int afterReset(int credit, int amount) {
    long c = (long) credit + amount;
    return (int) Math.min(c, CREDIT_INIT + CARRYOVER_MAX);
  }
}
