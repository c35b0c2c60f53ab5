package org.hvsched.kvm.cfs.fair;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Linux's nice-to-weight tables ({@code sched_prio_to_weight[]}, {@code sched_prio_to_wmult[]}
 * in {@code kernel/sched/core.c}) and the fixed-point division of {@code __calc_delta} in
 * {@code kernel/sched/fair.c}, bit for bit: weights are unscaled (nice 0 = 1024), a task's inverse
 * weight comes from the table, any other inverse is {@code 0xffffffff / w}.
 */
public final class NiceWeights {
  /** Weight of a nice-0 task, unscaled ({@code NICE_0_LOAD} is this shifted left by 10). */
  public static final long NICE_0_LOAD = 1024;
  private static final long WMULT_CONST = 0xffffffffL;
  private static final int WMULT_SHIFT = 32;

  private static final long[] WEIGHT = {
    /* -20 */ 88761, 71755, 56483, 46273, 36291,
    /* -15 */ 29154, 23254, 18705, 14949, 11916,
    /* -10 */ 9548, 7620, 6100, 4904, 3906,
    /*  -5 */ 3121, 2501, 1991, 1586, 1277,
    /*   0 */ 1024, 820, 655, 526, 423,
    /*   5 */ 335, 272, 215, 172, 137,
    /*  10 */ 110, 87, 70, 56, 45,
    /*  15 */ 36, 29, 23, 18, 15,
  };

  private static final long[] WMULT = {
    /* -20 */ 48388, 59856, 76040, 92818, 118348,
    /* -15 */ 147320, 184698, 229616, 287308, 360437,
    /* -10 */ 449829, 563644, 704093, 875809, 1099582,
    /*  -5 */ 1376151, 1717300, 2157191, 2708050, 3363326,
    /*   0 */ 4194304, 5237765, 6557202, 8165337, 10153587,
    /*   5 */ 12820798, 15790321, 19976592, 24970740, 31350126,
    /*  10 */ 39045157, 49367440, 61356676, 76695844, 95443717,
    /*  15 */ 119304647, 148102320, 186737708, 238609294, 286331153,
  };

  private NiceWeights() {}

  /** The weight of nice level {@code nice} (-20..19). */
  public static long weightOfNice(int nice) {
    return WEIGHT[index(nice)];
  }

  /** The table inverse ({@code 2^32 / weight}) of nice level {@code nice}. */
  public static long wmultOfNice(int nice) {
    return WMULT[index(nice)];
  }

  /** The inverse {@code __update_inv_weight} computes for a weight that is not a table entry. */
  public static long invWeight(long weight) {
    checkArgument(weight >= 0, "weight must be >= 0: %s", weight);
    if (weight >= WMULT_CONST) {
      return 1;
    }
    return weight == 0 ? WMULT_CONST : WMULT_CONST / weight;
  }

  /**
   * {@code __calc_delta(delta, weight, lw)}: {@code delta * weight / lwWeight} computed as
   * upstream with the 32-bit inverse {@code lwInv} and a 96-bit product.
   *
   * @param deltaNs non-negative time
   * @param weight unscaled weight of the numerator
   * @param lwInv inverse of the denominator weight ({@link #invWeight} or the table)
   */
  public static long calcDelta(long deltaNs, long weight, long lwInv) {
    checkArgument(deltaNs >= 0, "delta must be >= 0: %s", deltaNs);
    long fact = weight;
    int shift = WMULT_SHIFT;
    while ((fact >>> 32) != 0) {
      fact >>>= 1;
      shift--;
    }
    fact = fact * lwInv;
    while ((fact >>> 32) != 0) {
      fact >>>= 1;
      shift--;
    }
    return mulShr(deltaNs, fact, shift);
  }

  /** {@code calc_delta_fair}: wall time to virtual time for an entity; identity at nice 0. */
  public static long calcDeltaFair(long deltaNs, long weight, long inv) {
    return weight == NICE_0_LOAD ? deltaNs : calcDelta(deltaNs, NICE_0_LOAD, inv);
  }

  /** {@code mul_u64_u32_shr}: (a * mul) >> shift without losing the high bits. */
  static long mulShr(long a, long mul, int shift) {
    long lo = a * mul;
    long hi = Math.multiplyHigh(a, mul);
    if (shift == 0) {
      return lo;
    }
    return (hi << (64 - shift)) | (lo >>> shift);
  }

  private static int index(int nice) {
    checkArgument(nice >= -20 && nice <= 19, "nice must be in -20..19: %s", nice);
    return nice + 20;
  }
}
