package org.hvsched.xen.credit2;

/**
 * The fixed constants of {@code xen/common/sched/credit2.c} (Xen 4.22.0), in nanoseconds or
 * credit (credit is nanoseconds of run time at the runqueue's maximum weight). Tunables that Xen
 * reads from the boot command line live in {@link Credit2Settings}.
 */
public final class Credit2Constants {
  private Credit2Constants() {}

  /** {@code CSCHED2_DEFAULT_WEIGHT}: weight of a new domain. */
  public static final int DEFAULT_WEIGHT = 256;

  /** {@code CSCHED2_MIN_TIMER}: the shortest slice the scheduler arms (500 us). */
  public static final long MIN_TIMER_NS = 500_000L;

  /** {@code CSCHED2_CREDIT_INIT}: starting credit and the amount a reset adds (10 ms). */
  public static final int CREDIT_INIT = 10_000_000;

  /** {@code CSCHED2_CREDIT_MIN}: the floor of a unit's credit (-10 ms). */
  public static final int CREDIT_MIN = -CREDIT_INIT;

  /** {@code CSCHED2_IDLE_CREDIT}: the constant credit of an idle unit, below every real one. */
  public static final int IDLE_CREDIT = CREDIT_MIN - 1;

  /** {@code CSCHED2_CARRYOVER_MAX}: credit kept above CREDIT_INIT across a reset (500 us). */
  public static final int CARRYOVER_MAX = (int) MIN_TIMER_NS;

  /** {@code CSCHED2_MIGRATE_COMPENSATION}: credit given to a unit pulled to another CPU. */
  public static final int MIGRATE_COMPENSATION = 50_000;

  /** {@code CSCHED2_RATELIMIT_TICKLE_TOLERANCE}: slack on the ratelimit when tickling (50 us). */
  public static final long RATELIMIT_TICKLE_TOLERANCE_NS = 50_000L;

  /** {@code CSCHED2_CREDIT_RESET}: a reset fires when the top credit is at or below this. */
  public static final int CREDIT_RESET = 0;

  /** {@code CSCHED2_MAX_TIMER}: the longest slice (= CREDIT_INIT, 10 ms). */
  public static final long MAX_TIMER_NS = CREDIT_INIT;

  /** {@code LOADAVG_GRANULARITY_SHIFT}: load samples use {@code now >> 10}. */
  public static final int LOADAVG_GRANULARITY_SHIFT = 10;

  /** {@code STIME_MAX}: the budget of a unit whose domain has no cap. */
  public static final long NO_BUDGET_LIMIT = Long.MAX_VALUE;

  /** Nanoseconds per microsecond ({@code MICROSECS(1)}). */
  public static final long NS_PER_US = 1_000L;

  /** Nanoseconds per millisecond ({@code MILLISECS(1)}). */
  public static final long NS_PER_MS = 1_000_000L;
}
