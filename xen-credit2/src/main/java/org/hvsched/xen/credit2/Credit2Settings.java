package org.hvsched.xen.credit2;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.hvsched.api.Granularity;
import org.hvsched.api.settings.ResolvedSettings;

/**
 * Every tunable of one credit2 instance (one cpupool), as Xen 4.22 reads them from its boot
 * command line (and, for the ratelimit, from {@code xl sched-credit2 -s -r}).
 *
 * <p>Values are checked here, and a value Xen would not use as given is rejected, the message
 * saying what Xen does with it: Xen <em>rejects</em> a ratelimit outside {0} + [100, 500000] us at
 * run time ({@code xl sched-credit2 -r}: EINVAL) and <em>resets</em> it to 1000 at boot; it
 * <em>resets</em> a precision shift below 4 to 4, a window shift of 10 or less to 30 and a cap
 * period of 0 ms to 10 ms at boot ({@code csched2_global_init}); a max-CPUs-per-runqueue of 0
 * would divide by zero. {@link org.hvsched.xen.credit2.config.XenBootOptions} applies those boot
 * resets when it imports a command line. Bounds that Xen does not check but whose arithmetic
 * would overflow 64 bits are hvsched's own: cap period at most 140739635 ms, window shift minus
 * 10 plus precision shift at most 52, {@code precision + balanceUnder/Over} in [0, 62].
 *
 * @param schedGran requested scheduling-unit granularity ({@code sched-gran=}); the instance may
 *     fall back to a finer one when the topology is not uniform
 * @param runqueue runqueue arrangement ({@code credit2_runqueue=})
 * @param maxCpusRunqueue cap on resources per runqueue ({@code sched_credit2_max_cpus_runqueue=})
 * @param ratelimitUs minimum run before preemption, 0 = off ({@code sched_ratelimit_us=})
 * @param migrateResistUs credit advantage a unit of another CPU needs
 *     ({@code sched_credit2_migrate_resist=})
 * @param capPeriodMs cap budget replenishment period ({@code credit2_cap_period_ms=})
 * @param loadPrecisionShift fraction bits of load averages ({@code credit2_load_precision_shift=})
 * @param loadWindowShift log2 of the load window in ns ({@code credit2_load_window_shift=})
 * @param balanceUnder balance threshold shift when not overloaded ({@code credit2_balance_under=})
 * @param balanceOver balance threshold shift when overloaded ({@code credit2_balance_over=})
 * @param smtPowerSavings prefer partly busy cores for wake-ups ({@code sched_smt_power_savings})
 * @param balanceThresholdQuirk true: the balance threshold test reads the last runqueue scanned,
 *     as Xen does; false: the runqueue with the largest load difference, as intended
 * @param capResourceTime true: under sched-gran core/socket a unit's cap budget is charged in
 *     resource time, as Xen does (a 2-vCPU unit capped at 50 runs its two threads half the
 *     time: one CPU's worth); false: in thread time of its running vCPUs, as {@code xl.cfg(5)}
 *     documents the cap (a percentage of one physical CPU)
 */
public record Credit2Settings(Granularity schedGran, RunqueueArrangement runqueue,
    int maxCpusRunqueue, long ratelimitUs, long migrateResistUs, long capPeriodMs,
    int loadPrecisionShift, int loadWindowShift, int balanceUnder, int balanceOver,
    boolean smtPowerSavings, boolean balanceThresholdQuirk, boolean capResourceTime) {

  /** {@code XEN_SYSCTL_SCHED_RATELIMIT_MIN} (us). */
  public static final long RATELIMIT_MIN_US = 100;
  /** {@code XEN_SYSCTL_SCHED_RATELIMIT_MAX} (us). */
  public static final long RATELIMIT_MAX_US = 500_000;
  /** {@code SCHED_DEFAULT_RATELIMIT_US}. */
  public static final long DEFAULT_RATELIMIT_US = 1000;
  /** {@code LOADAVG_PRECISION_SHIFT_MIN}. */
  public static final int PRECISION_SHIFT_MIN = 4;
  /** Largest cap period whose budget arithmetic fits 64 bits for any 16-bit cap. */
  public static final long CAP_PERIOD_MAX_MS = Long.MAX_VALUE / 65_535 / 1_000_000;

  public Credit2Settings {
    requireNonNull(schedGran, "schedGran");
    requireNonNull(runqueue, "runqueue");
    checkArgument(maxCpusRunqueue >= 1,
        "maxCpusRunqueue must be >= 1 (Xen divides by it): %s", maxCpusRunqueue);
    checkArgument(ratelimitUs == 0
            || (ratelimitUs >= RATELIMIT_MIN_US && ratelimitUs <= RATELIMIT_MAX_US),
        "ratelimitUs must be 0 or in [100, 500000] (xl sched-credit2 -r rejects it with EINVAL;"
            + " as a boot option Xen resets it to 1000): %s", ratelimitUs);
    checkArgument(migrateResistUs >= 0 && migrateResistUs <= 0xFFFF_FFFFL,
        "migrateResistUs must be an unsigned 32-bit number: %s", migrateResistUs);
    checkArgument(capPeriodMs >= 1 && capPeriodMs <= CAP_PERIOD_MAX_MS,
        "capPeriodMs must be in [1, %s] (Xen resets 0 to 10 at boot): %s", CAP_PERIOD_MAX_MS,
        capPeriodMs);
    checkArgument(loadPrecisionShift >= PRECISION_SHIFT_MIN,
        "loadPrecisionShift must be >= 4 (Xen raises smaller values to 4 at boot): %s",
        loadPrecisionShift);
    checkArgument(loadWindowShift > Credit2Constants.LOADAVG_GRANULARITY_SHIFT,
        "loadWindowShift must be > 10 (Xen resets smaller values to 30 at boot): %s",
        loadWindowShift);
    int windowSamples = loadWindowShift - Credit2Constants.LOADAVG_GRANULARITY_SHIFT;
    checkArgument(windowSamples + loadPrecisionShift <= 52,
        "loadWindowShift - 10 + loadPrecisionShift must be <= 52 to keep the load arithmetic in"
            + " 64 bits: %s + %s", windowSamples, loadPrecisionShift);
    checkThreshold("balanceUnder", balanceUnder, loadPrecisionShift);
    checkThreshold("balanceOver", balanceOver, loadPrecisionShift);
  }

  private static void checkThreshold(String name, int shift, int precision) {
    checkArgument(precision + shift >= 0 && precision + shift <= 62,
        "%s + loadPrecisionShift must be in [0, 62] (a shift count): %s + %s", name, shift,
        precision);
  }

  /** Xen's defaults. */
  public static Credit2Settings defaults() {
    return new Credit2Settings(Granularity.THREAD, RunqueueArrangement.SOCKET, 16,
        DEFAULT_RATELIMIT_US, 500, 10, 18, 30, 0, -3, false, true, true);
  }

  /** Builds the record from settings resolved against {@link Credit2Provider#settings()}. */
  public static Credit2Settings from(ResolvedSettings s) {
    return new Credit2Settings(granularityOf(s.choice(SettingNames.SCHED_GRAN)),
        RunqueueArrangement.byId(s.choice(SettingNames.RUNQUEUE)),
        s.intValue(SettingNames.MAX_CPUS_RUNQUEUE), s.longValue(SettingNames.RATELIMIT_US),
        s.longValue(SettingNames.MIGRATE_RESIST_US), s.longValue(SettingNames.CAP_PERIOD_MS),
        s.intValue(SettingNames.LOAD_PRECISION_SHIFT), s.intValue(SettingNames.LOAD_WINDOW_SHIFT),
        s.intValue(SettingNames.BALANCE_UNDER), s.intValue(SettingNames.BALANCE_OVER),
        s.booleanValue(SettingNames.SMT_POWER_SAVINGS),
        s.booleanValue(SettingNames.BALANCE_THRESHOLD_QUIRK),
        s.booleanValue(SettingNames.CAP_RESOURCE_TIME));
  }

  /** The granularity spelled as Xen's {@code sched-gran=} value. */
  public static Granularity granularityOf(String id) {
    for (Granularity g : Granularity.values()) {
      if (g.id().equals(id)) {
        return g;
      }
    }
    throw new IllegalArgumentException("sched-gran must be cpu, core or socket: " + id);
  }

  /** The ratelimit in ns (0 = off). */
  public long ratelimitNs() {
    return ratelimitUs * Credit2Constants.NS_PER_US;
  }

  /** {@code CSCHED2_MIGRATE_RESIST} in credit (ns). */
  public long migrateResistNs() {
    return migrateResistUs * Credit2Constants.NS_PER_US;
  }

  /** {@code CSCHED2_BDGT_REPL_PERIOD} in ns. */
  public long capPeriodNs() {
    return capPeriodMs * Credit2Constants.NS_PER_MS;
  }

  /** The window shift in load samples ({@code load_window_shift - 10}). */
  public int windowSamplesShift() {
    return loadWindowShift - Credit2Constants.LOADAVG_GRANULARITY_SHIFT;
  }
}
