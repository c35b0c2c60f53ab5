package org.hvsched.xen.credit2.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hvsched.xen.credit2.SettingNames;

/**
 * Reads a Xen hypervisor command line (as in GRUB's {@code GRUB_CMDLINE_XEN} or {@code xl info}'s
 * {@code xen_commandline}) into {@code xen.credit2} settings, the way Xen 4.22's
 * {@code parse_params} ({@code xen/common/kernel.c}) and the scheduler's boot checks do:
 *
 * <ul>
 *   <li>options are separated by spaces; {@code key=value}; a later option overrides an earlier;
 *   <li>integer options read {@code strtoll(value, 0)} (decimal, {@code 0x}, leading-0 octal, a
 *       sign); trailing garbage makes Xen warn but the number read so far is still stored; an
 *       empty value stores 0; a value that does not fit 32 bits is rejected;
 *   <li>booleans accept 1/0, yes/no, on/off, true/false, enable/disable and a {@code no-}
 *       prefix; {@code sched-gran} and {@code credit2_runqueue} must be one of their words,
 *       else Xen warns and keeps the default;
 *   <li>then the boot-time resets: {@code sched_ratelimit_us} outside 0 or [100, 500000] becomes
 *       1000, {@code credit2_load_precision_shift} below 4 becomes 4,
 *       {@code credit2_load_window_shift} of 10 or less becomes 30,
 *       {@code credit2_cap_period_ms} of 0 becomes 10 — each with a warning.
 * </ul>
 *
 * Options that do not concern CPU scheduling are returned in {@link BootOptions#ignored}.
 */
public final class XenBootOptions {
  private XenBootOptions() {}

  private static final Map<String, String> INTEGERS = Map.of(
      "sched_ratelimit_us", SettingNames.RATELIMIT_US,
      "sched_credit2_migrate_resist", SettingNames.MIGRATE_RESIST_US,
      "credit2_load_window_shift", SettingNames.LOAD_WINDOW_SHIFT,
      "credit2_load_precision_shift", SettingNames.LOAD_PRECISION_SHIFT,
      "credit2_balance_under", SettingNames.BALANCE_UNDER,
      "credit2_balance_over", SettingNames.BALANCE_OVER,
      "credit2_cap_period_ms", SettingNames.CAP_PERIOD_MS,
      "sched_credit2_max_cpus_runqueue", SettingNames.MAX_CPUS_RUNQUEUE);

  /** Options stored in signed {@code int}s (the others are {@code unsigned int}). */
  private static final List<String> SIGNED =
      List.of("sched_ratelimit_us", "credit2_balance_under", "credit2_balance_over");

  private static final List<String> SCHEDULERS = List.of("credit", "credit2", "null", "rtds",
      "arinc653");

  /** Parses {@code cmdline}; an {@code xl info} line ({@code xen_commandline : ...}) is accepted. */
  public static BootOptions parse(String cmdline) {
    String line = cmdline.strip();
    if (line.startsWith("xen_commandline")) {
      line = line.substring(line.indexOf(':') + 1);
    }
    Builder b = new Builder();
    for (String token : line.split(" ")) {
      if (!token.isEmpty()) {
        b.option(token);
      }
    }
    return b.finish();
  }

  private static final class Builder {
    final Map<String, String> settings = new LinkedHashMap<>();
    final List<String> ignored = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    Optional<String> scheduler = Optional.empty();
    Optional<Boolean> smt = Optional.empty();

    void option(String token) {
      int eq = token.indexOf('=');
      String key = eq < 0 ? token : token.substring(0, eq);
      String value = eq < 0 ? "" : token.substring(eq + 1);
      boolean negated = key.startsWith("no-");
      String bare = negated ? key.substring(3) : key;
      if (key.equals("sched")) {
        scheduler(value);
      } else if (key.equals("sched-gran")) {
        word(key, value, List.of("cpu", "core", "socket"), SettingNames.SCHED_GRAN);
      } else if (key.equals("credit2_runqueue")) {
        word(key, value, List.of("cpu", "core", "socket", "node", "all"),
            SettingNames.RUNQUEUE);
      } else if (INTEGERS.containsKey(key)) {
        integer(key, value);
      } else if (bare.equals("sched_smt_power_savings") || bare.equals("smt")) {
        Boolean v = bool(key, value, negated);
        if (v != null && bare.equals("smt")) {
          smt = Optional.of(v);
        } else if (v != null) {
          settings.put(SettingNames.SMT_POWER_SAVINGS, v.toString());
        }
      } else {
        ignored.add(token);
      }
    }

    void scheduler(String value) {
      String v = value.length() > 9 ? value.substring(0, 9) : value;
      scheduler = Optional.of(v);
      if (!SCHEDULERS.contains(v)) {
        warnings.add("Could not find scheduler: " + v + "; Xen uses its default, credit2");
      } else if (!v.equals("credit2")) {
        warnings.add("sched=" + v + ": hvsched models credit2 only");
      }
    }

    void word(String key, String value, List<String> words, String setting) {
      if (words.contains(value)) {
        settings.put(setting, value);
      } else {
        invalid(key, value);
      }
    }

    void integer(String key, String value) {
      Strtoll r = Strtoll.of(value);
      long v = r.value();
      boolean fits = !(v > 0xFFFF_FFFFL || v < Integer.MIN_VALUE);
      if (!fits) {
        warnings.add(String.format("parameter \"%s\" has invalid value \"%s\", rc=-75!"
            + " (does not fit 32 bits; not applied)", key, value));
        return;
      }
      long stored = SIGNED.contains(key) ? (int) v : v & 0xFFFF_FFFFL;
      settings.put(INTEGERS.get(key), Long.toString(stored));
      if (!r.complete()) {
        invalid(key, value);
      }
    }

    Boolean bool(String key, String value, boolean negated) {
      Boolean v = value.isEmpty() ? Boolean.TRUE : parseBool(value);
      if (v == null) {
        invalid(key, value);
        return null;
      }
      return negated != v;
    }

    void invalid(String key, String value) {
      warnings.add(String.format("parameter \"%s\" has invalid value \"%s\", rc=-22!", key,
          value));
    }

    BootOptions finish() {
      reset(SettingNames.RATELIMIT_US, v -> v != 0 && (v < 100 || v > 500_000), 1000,
          "sched_ratelimit_us outside of valid range [100,500000]. Resetting to default 1000");
      reset(SettingNames.LOAD_PRECISION_SHIFT, v -> v < 4, 4,
          "opt_load_precision_shift below min 4, resetting");
      reset(SettingNames.LOAD_WINDOW_SHIFT, v -> v <= 10, 30,
          "opt_load_window_shift too short, resetting");
      reset(SettingNames.CAP_PERIOD_MS, v -> v == 0, 10,
          "opt_cap_period too small, resetting");
      return new BootOptions(settings, scheduler, smt, ignored, warnings);
    }

    private void reset(String setting, java.util.function.LongPredicate bad, long to,
        String warning) {
      String v = settings.get(setting);
      if (v != null && bad.test(Long.parseLong(v))) {
        warnings.add("WARNING: " + warning + " (was " + v + ")");
        settings.put(setting, Long.toString(to));
      }
    }
  }

  /** Xen's {@code parse_bool}. */
  static Boolean parseBool(String s) {
    switch (s) {
      case "1", "on", "yes", "true", "enable":
        return Boolean.TRUE;
      case "0", "no", "off", "false", "disable":
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /** {@code simple_strtoll(s, &end, 0)}: the value read and whether all of {@code s} was used. */
  record Strtoll(long value, boolean complete) {
    static Strtoll of(String s) {
      int i = 0;
      boolean neg = false;
      if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        neg = s.charAt(i) == '-';
        i++;
      }
      int base = 10;
      if (s.startsWith("0x", i) || s.startsWith("0X", i)) {
        if (i + 2 < s.length() && Character.digit(s.charAt(i + 2), 16) >= 0) {
          base = 16;
          i += 2;
        }
      } else if (s.startsWith("0", i)) {
        base = 8;
      }
      long v = 0;
      int start = i;
      while (i < s.length() && Character.digit(s.charAt(i), base) >= 0) {
        v = v * base + Character.digit(s.charAt(i), base);
        i++;
      }
      boolean complete = i == s.length() && (i > start || s.isEmpty());
      return new Strtoll(neg ? -v : v, complete);
    }
  }
}
