package org.hvsched.xen.credit2;

/** Canonical names of credit2's settings (camelCase, unit last); aliases are Xen's names. */
public final class SettingNames {
  private SettingNames() {}

  public static final String SCHED_GRAN = "schedGran";
  public static final String RUNQUEUE = "runqueue";
  public static final String MAX_CPUS_RUNQUEUE = "maxCpusRunqueue";
  public static final String RATELIMIT_US = "ratelimitUs";
  public static final String MIGRATE_RESIST_US = "migrateResistUs";
  public static final String CAP_PERIOD_MS = "capPeriodMs";
  public static final String LOAD_PRECISION_SHIFT = "loadPrecisionShift";
  public static final String LOAD_WINDOW_SHIFT = "loadWindowShift";
  public static final String BALANCE_UNDER = "balanceUnder";
  public static final String BALANCE_OVER = "balanceOver";
  public static final String SMT_POWER_SAVINGS = "smtPowerSavings";
  public static final String BALANCE_THRESHOLD_QUIRK = "balanceThresholdQuirk";
  public static final String CAP_RESOURCE_TIME = "capResourceTime";
}
