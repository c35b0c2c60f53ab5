package org.hvsched.harness.sweep;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path to a value in a scenario's YAML tree, as a sweep axis names it:
 * {@code domains[1].vcpus}, {@code host.interruptRate}, {@code policy.settings.ratelimitUs},
 * {@code pools[0].policy.settings.schedGran}. Keys are separated by dots; {@code [N]} picks item N
 * (from 0) of a list.
 *
 * @param text the path as written
 * @param steps the keys and indexes in order
 */
public record KeyPath(String text, List<Step> steps) {
  private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,9})]");

  public KeyPath {
    requireNonNull(text, "text");
    steps = List.copyOf(steps);
  }

  /** One step of a path. */
  public sealed interface Step {}

  /**
   * A key of a mapping.
   *
   * @param key the key
   */
  public record Key(String key) implements Step {
    @Override
    public String toString() {
      return key;
    }
  }

  /**
   * An item of a list.
   *
   * @param index from 0
   */
  public record Index(int index) implements Step {
    @Override
    public String toString() {
      return "[" + index + "]";
    }
  }

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException with what was found and what was expected
   */
  public static KeyPath parse(String text) {
    List<Step> steps = new ArrayList<>();
    String[] parts = text.split("\\.", -1);
    for (String part : parts) {
      Matcher key = KEY.matcher(part);
      if (!key.lookingAt()) {
        throw new IllegalArgumentException("'" + part + "' in '" + text
            + "' is not a key, expected keys joined by dots, each optionally followed by [N]"
            + " (e.g. domains[1].vcpus)");
      }
      steps.add(new Key(key.group()));
      int at = key.end();
      Matcher index = INDEX.matcher(part);
      while (at < part.length()) {
        if (!index.find(at) || index.start() != at) {
          throw new IllegalArgumentException("'" + part.substring(at) + "' in '" + text
              + "' is not an index, expected [N] with N from 0");
        }
        steps.add(new Index(Integer.parseInt(index.group(1))));
        at = index.end();
      }
    }
    return new KeyPath(text, steps);
  }

  /** The path of the first {@code n} steps, for messages ({@code domains[1]}). */
  public String prefix(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      Step s = steps.get(i);
      if (s instanceof Key && sb.length() > 0) {
        sb.append('.');
      }
      sb.append(s);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return text;
  }
}
