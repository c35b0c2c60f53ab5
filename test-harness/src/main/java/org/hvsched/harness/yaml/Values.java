package org.hvsched.harness.yaml;

import java.math.BigDecimal;
import java.util.Locale;
import org.hvsched.core.random.Distribution;
import org.hvsched.core.random.Durations;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InputException;
import org.hvsched.topology.Topology;

/**
 * Typed scalar values of a scenario, each read from a {@link YamlNode} so that an error names the
 * file, line, column and key path, what was found and what was expected.
 */
public final class Values {
  private Values() {}

  /** A scalar's text (numbers and booleans as written); lists and mappings are errors. */
  public static String text(YamlNode node, String path, String expected) {
    if (node instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL) {
      return s.text();
    }
    throw error(node, path, expected);
  }

  /** A non-empty name (letters, digits, {@code . _ -}). */
  public static String name(YamlNode node, String path) {
    String t = text(node, path, "a name");
    if (!t.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw error(node, path, "a name of letters, digits, '.', '_' or '-'");
    }
    return t;
  }

  /** A whole number in [min, max]. */
  public static long integer(YamlNode node, String path, long min, long max) {
    String expected = "a whole number in " + min + ".." + max;
    if (!(node instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Scalar.Kind.INTEGER) {
      throw error(node, path, expected);
    }
    long v;
    try {
      v = Long.parseLong(s.text().strip());
    } catch (NumberFormatException e) {
      throw error(node, path, expected);
    }
    if (v < min || v > max) {
      throw error(node, path, expected);
    }
    return v;
  }

  /** A whole number in [min, max] that fits an int. */
  public static int intIn(YamlNode node, String path, int min, int max) {
    return (int) integer(node, path, min, max);
  }

  /** A boolean: {@code true/false}, {@code on/off}, {@code yes/no} (YAML 1.1 reads these). */
  public static boolean bool(YamlNode node, String path) {
    String t = text(node, path, "on or off (true or false)").toLowerCase(Locale.ROOT);
    return switch (t) {
      case "true", "on", "yes" -> true;
      case "false", "off", "no" -> false;
      default -> throw error(node, path, "on or off (true or false)");
    };
  }

  /** A duration in ns ({@code 250us}, {@code 1.5ms}; a bare {@code 0} is zero). */
  public static long durationNs(YamlNode node, String path) {
    String t = text(node, path, "a duration such as 250us or 1.5ms");
    try {
      return durationNs(t);
    } catch (IllegalArgumentException e) {
      throw error(node, path, "a duration with a unit ns, us, ms, s or m (e.g. 250us, 1.5ms)");
    }
  }

  /** Parses a duration text; {@code 0} without a unit is accepted. */
  public static long durationNs(String text) {
    String t = text.strip();
    if (t.matches("0+(\\.0*)?")) {
      return 0;
    }
    if (t.startsWith("-")) {
      throw new IllegalArgumentException("'" + text + "' is negative, expected a duration >= 0");
    }
    return Durations.parseNs(t);
  }

  /** A positive duration in ns. */
  public static long positiveDurationNs(YamlNode node, String path) {
    long ns = durationNs(node, path);
    if (ns <= 0) {
      throw error(node, path, "a duration greater than zero");
    }
    return ns;
  }

  /** A rate ({@code N/s}, {@code N/ms}, {@code N/us}) in events per second, >= 0. */
  public static double ratePerSec(YamlNode node, String path) {
    String expected = "a rate such as 1000/s or 2.5/ms";
    String t = text(node, path, expected).strip().toLowerCase(Locale.ROOT);
    if (t.matches("0+(\\.0*)?")) {
      return 0;
    }
    int slash = t.indexOf('/');
    if (slash < 0) {
      throw error(node, path, expected);
    }
    double per = switch (t.substring(slash + 1).strip()) {
      case "s" -> 1;
      case "ms" -> 1e3;
      case "us" -> 1e6;
      default -> throw error(node, path, expected + " (per s, ms or us)");
    };
    try {
      BigDecimal n = new BigDecimal(t.substring(0, slash).strip());
      if (n.signum() < 0) {
        throw error(node, path, expected + " (not negative)");
      }
      return n.doubleValue() * per;
    } catch (NumberFormatException e) {
      throw error(node, path, expected);
    }
  }

  /** The spelling of a rate for the resolved scenario ({@code 1000/s}). */
  public static String formatRate(double perSec) {
    return BigDecimal.valueOf(perSec).stripTrailingZeros().toPlainString() + "/s";
  }

  /** A plain number in [min, max] (finite). */
  public static double number(YamlNode node, String path, double min, double max) {
    String expected = "a number in " + min + ".." + max;
    String t = text(node, path, expected).strip();
    try {
      double v = Double.parseDouble(t);
      if (!(v >= min && v <= max)) {
        throw error(node, path, expected);
      }
      return v;
    } catch (NumberFormatException e) {
      throw error(node, path, expected);
    }
  }

  /** A percentage {@code 50%} or a number in [min, max] percent. */
  public static double percent(YamlNode node, String path, double min, double max) {
    String expected = "a percentage in " + min + "%.." + max + "%";
    String t = text(node, path, expected).strip();
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    try {
      double v = Double.parseDouble(t);
      if (v < min || v > max || Double.isNaN(v)) {
        throw error(node, path, expected);
      }
      return v;
    } catch (NumberFormatException e) {
      throw error(node, path, expected);
    }
  }

  /** A distribution ({@link DistributionParser}). */
  public static Distribution distribution(YamlNode node, String path) {
    String t = text(node, path, "a distribution such as exp(1ms)");
    try {
      return DistributionParser.parse(t);
    } catch (IllegalArgumentException e) {
      throw node.location().error(path + ": " + e.getMessage());
    }
  }

  /** A CPU set in any dialect of {@link CpuSet#parse(String, Topology)}, or a list of CPUs. */
  public static CpuSet cpuSet(YamlNode node, String path, Topology topology) {
    if (node instanceof YamlNode.Sequence seq) {
      int[] cpus = new int[seq.items().size()];
      for (int i = 0; i < cpus.length; i++) {
        cpus[i] = (int) integer(seq.items().get(i), path + "[" + i + "]", 0, CpuSet.MAX_CPU);
      }
      return CpuSet.of(cpus);
    }
    String t = text(node, path, "a CPU list such as 0-3,8-11 or all");
    try {
      return CpuSet.parse(t, topology);
    } catch (IllegalArgumentException e) {
      throw node.location().error(path + ": '" + t + "' is not a CPU set: " + e.getMessage());
    }
  }

  /** An error at {@code node}: {@code PATH: found X, expected Y}. */
  public static InputException error(YamlNode node, String path, String expected) {
    return node.location().error(path + ": found " + node.describe() + ", expected " + expected);
  }
}
