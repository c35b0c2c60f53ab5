package org.hvsched.harness.compare;

import java.util.List;
import java.util.Locale;

/** Number and list formatting shared by the verdicts, the table and the report. */
public final class Texts {
  private Texts() {}

  /**
   * A time in ns for people, three significant digits: {@code 0 ns}, {@code 850 ns},
   * {@code 12.3 us}, {@code 4.56 ms}, {@code 1.23 s}.
   */
  public static String duration(double ns) {
    double abs = Math.abs(ns);
    if (abs < 999.5) {
      return String.format(Locale.ROOT, "%d ns", Math.round(ns));
    }
    String[] units = {"us", "ms", "s"};
    double scaled = ns / 1000;
    for (int i = 0; i < units.length; i++) {
      if (Math.abs(scaled) < 999.5 || i == units.length - 1) {
        return significant(scaled) + " " + units[i];
      }
      scaled /= 1000;
    }
    throw new AssertionError("unreachable");
  }

  /** {@code v} with three significant digits (more for large integers), no exponent. */
  public static String significant(double v) {
    double abs = Math.abs(v);
    if (abs >= 99.95) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    if (abs >= 9.995) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** A value in its unit: durations for {@code ns}, else a number and the unit. */
  public static String value(double v, String unit) {
    if (unit.equals("ns")) {
      return duration(v);
    }
    return unit.isEmpty() ? significant(v) : significant(v) + " " + unit;
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  public static String joinAnd(List<String> parts) {
    if (parts.size() <= 1) {
      return parts.isEmpty() ? "" : parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and "
        + parts.get(parts.size() - 1);
  }
}
