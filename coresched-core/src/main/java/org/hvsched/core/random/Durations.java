package org.hvsched.core.random;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Durations as scenarios write them: an integer or decimal with a unit ({@code ns}, {@code us},
 * {@code ms}, {@code s}, {@code m}), e.g. {@code 250us}, {@code 1.5ms}.
 */
public final class Durations {
  private Durations() {}

  /**
   * Parses a duration to whole nanoseconds; errors are {@link IllegalArgumentException}s that
   * quote the text and say what was expected.
   */
  public static long parseNs(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) {
      i++;
    }
    String number = t.substring(0, i);
    String unit = t.substring(i).trim();
    long scale = switch (unit) {
      case "ns" -> 1L;
      case "us", "\u00b5s" -> 1_000L;
      case "ms" -> 1_000_000L;
      case "s" -> 1_000_000_000L;
      case "m", "min" -> 60_000_000_000L;
      default -> throw new IllegalArgumentException(String.format(
          "'%s' is not a duration, expected a number with a unit ns, us, ms, s or m (e.g. 250us)",
          text));
    };
    if (number.isEmpty()) {
      throw new IllegalArgumentException(String.format(
          "'%s' is not a duration, expected a number before the unit (e.g. 1.5ms)", text));
    }
    try {
      BigDecimal ns = new BigDecimal(number).multiply(BigDecimal.valueOf(scale));
      return ns.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(String.format(
          "'%s' is not a duration, expected a number with a unit (e.g. 250us)", text));
    }
  }

  /** The shortest exact spelling: {@code 10s}, {@code 250us}, {@code 1500ns}. */
  public static String format(long ns) {
    if (ns == 0) {
      return "0s";
    }
    if (ns % 1_000_000_000L == 0) {
      return ns / 1_000_000_000L + "s";
    }
    if (ns % 1_000_000L == 0) {
      return ns / 1_000_000L + "ms";
    }
    if (ns % 1_000L == 0) {
      return ns / 1_000L + "us";
    }
    return ns + "ns";
  }
}
