package org.hvsched.xen.credit2;

import static org.hvsched.xen.credit2.Credit2Constants.LOADAVG_GRANULARITY_SHIFT;

/**
 * credit2's load average ({@code update_runq_load}, {@code update_svc_load}) as pure functions:
 * an EWMA in fixed point with {@code precisionShift} fraction bits, over time samples
 * {@code now >> 10}, whose window is {@code 2^windowShift} samples ({@code windowShift} is the
 * boot value minus 10). A sample more than a window after the previous one restarts the average
 * at the current value.
 */
public final class Ewma {
  private Ewma() {}

  /** The time sample of {@code nowNs} ({@code now >> LOADAVG_GRANULARITY_SHIFT}). */
  public static long sample(long nowNs) {
    return nowNs >> LOADAVG_GRANULARITY_SHIFT;
  }

  /**
   * One update of an average {@code avg} (fixed point) last updated at sample {@code lastSample},
   * given that the value {@code value} (a plain count) held since then.
   *
   * @return the new average
   */
  public static long update(long avg, long lastSample, long nowSample, long value,
      int precisionShift, int windowShift) {
    long scaled = value << precisionShift;
    if (lastSample + (1L << windowShift) < nowSample) {
      return scaled;
    }
    long delta = Math.max(0, nowSample - lastSample);
    return avg + ((delta * scaled) >> windowShift) - ((delta * avg) >> windowShift);
  }

  /** The value one load unit has in fixed point ({@code 1 << precisionShift}). */
  public static long one(int precisionShift) {
    return 1L << precisionShift;
  }
}
