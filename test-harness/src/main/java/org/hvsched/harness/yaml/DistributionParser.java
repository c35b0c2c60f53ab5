package org.hvsched.harness.yaml;

import java.util.Locale;
import org.hvsched.core.random.Distribution;
import org.hvsched.core.random.Durations;

/**
 * Reads the distributions of spec.md section 3: a bare duration (a constant), {@code const(D)},
 * {@code exp(MEAN)}, {@code uniform(LO,HI)}, {@code lognormal(MEAN,SIGMA)} (SIGMA of the
 * underlying normal) and {@code pareto(MEAN,ALPHA)} (ALPHA &gt; 1). Durations as
 * {@link Values#durationNs(String)} reads them.
 */
public final class DistributionParser {
  private static final String EXPECTED = "a duration (e.g. 250us) or const(D), exp(MEAN),"
      + " uniform(LO,HI), lognormal(MEAN,SIGMA), pareto(MEAN,ALPHA)";

  private DistributionParser() {}

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException quoting the text and saying what was expected
   */
  public static Distribution parse(String text) {
    String t = text.strip();
    int open = t.indexOf('(');
    if (open < 0) {
      return new Distribution.Const(duration(t, text));
    }
    if (!t.endsWith(")")) {
      throw bad(text, "a closing parenthesis (inside a {...} flow mapping, quote a value that"
          + " holds a comma: \"uniform(1us,3us)\")");
    }
    String fn = t.substring(0, open).strip().toLowerCase(Locale.ROOT);
    String[] args = t.substring(open + 1, t.length() - 1).split(",", -1);
    try {
      return switch (fn) {
        case "const" -> {
          arity(text, args, 1);
          yield new Distribution.Const(duration(args[0], text));
        }
        case "exp" -> {
          arity(text, args, 1);
          yield new Distribution.Exp(positive(args[0], text));
        }
        case "uniform" -> {
          arity(text, args, 2);
          yield new Distribution.Uniform(duration(args[0], text), duration(args[1], text));
        }
        case "lognormal" -> {
          arity(text, args, 2);
          yield new Distribution.LogNormal(positive(args[0], text), number(args[1], text));
        }
        case "pareto" -> {
          arity(text, args, 2);
          yield new Distribution.Pareto(positive(args[0], text), number(args[1], text));
        }
        default -> throw bad(text, EXPECTED);
      };
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("'")) {
        throw e;
      }
      throw new IllegalArgumentException(String.format("'%s' is not a valid distribution: %s",
          text, e.getMessage()));
    }
  }

  private static void arity(String text, String[] args, int n) {
    if (args.length != n) {
      throw bad(text, n + (n == 1 ? " argument" : " arguments separated by a comma"));
    }
  }

  private static long duration(String arg, String text) {
    try {
      return Values.durationNs(arg);
    } catch (IllegalArgumentException e) {
      throw bad(text, EXPECTED + "; " + e.getMessage());
    }
  }

  private static long positive(String arg, String text) {
    long ns = duration(arg, text);
    if (ns <= 0) {
      throw bad(text, "a mean greater than zero");
    }
    return ns;
  }

  private static double number(String arg, String text) {
    try {
      return Double.parseDouble(arg.strip());
    } catch (NumberFormatException e) {
      throw bad(text, "a number as second argument, found '" + arg.strip() + "'");
    }
  }

  private static IllegalArgumentException bad(String text, String expected) {
    return new IllegalArgumentException(String.format("'%s' is not a distribution, expected %s",
        text, expected));
  }

  /** The scenario spelling of {@code d}; constants print as a bare duration. */
  public static String format(Distribution d) {
    if (d instanceof Distribution.Const c) {
      return Durations.format(c.valueNs());
    }
    return d.spec();
  }
}
