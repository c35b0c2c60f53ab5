package org.hvsched.api.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Resolves raw settings (YAML scalars or {@code --set} strings, by canonical name or alias)
 * against a policy's declarations: unknown names, duplicates, bad types and out-of-range values
 * are {@link IllegalArgumentException}s whose message names the setting and what was expected.
 */
public final class Settings {
  private Settings() {}

  /** Resolves {@code raw} (may be empty) against {@code defs}, filling in defaults. */
  public static ResolvedSettings resolve(String policyId, List<SettingDef> defs,
      Map<String, ?> raw) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (SettingDef def : defs) {
      values.put(def.name(), def.defaultValue());
    }
    Map<String, String> givenAs = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : raw.entrySet()) {
      SettingDef def = find(policyId, defs, e.getKey());
      String previous = givenAs.put(def.name(), e.getKey());
      if (previous != null) {
        throw new IllegalArgumentException(String.format(
            "setting %s given twice (as %s and %s)", def.name(), previous, e.getKey()));
      }
      values.put(def.name(), convert(def, e.getKey(), e.getValue()));
    }
    return new ResolvedSettings(policyId, values);
  }

  private static SettingDef find(String policyId, List<SettingDef> defs, String key) {
    for (SettingDef def : defs) {
      if (def.answersTo(key)) {
        return def;
      }
    }
    String known = defs.stream().map(SettingDef::name).collect(Collectors.joining(", "));
    throw new IllegalArgumentException(String.format(
        "unknown setting '%s' for policy %s; expected one of: %s", key, policyId, known));
  }

  static Object convert(SettingDef def, String key, Object value) {
    String text = String.valueOf(value).trim();
    return switch (def.type()) {
      case LONG -> checkRange(def, key, parseLong(key, value, text));
      case DOUBLE -> checkRange(def, key, parseDouble(key, text));
      case BOOLEAN -> parseBoolean(key, value, text);
      case CHOICE -> parseChoice(def, key, text);
    };
  }

  private static long parseLong(String key, Object value, String text) {
    if (value instanceof Number n && !(value instanceof Double || value instanceof Float)) {
      return n.longValue();
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(String.format(
          "setting %s: '%s' is not a whole number", key, text));
    }
  }

  private static double parseDouble(String key, String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(String.format(
          "setting %s: '%s' is not a number", key, text));
    }
  }

  private static <T extends Number> T checkRange(SettingDef def, String key, T v) {
    double d = v.doubleValue();
    if (d < def.min() || d > def.max()) {
      throw new IllegalArgumentException(String.format(
          "setting %s: %s is out of range, expected %s..%s%s", key, v, fmt(def.min()),
          fmt(def.max()), def.unit().isEmpty() ? "" : " " + def.unit()));
    }
    return v;
  }

  private static String fmt(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e18 ? Long.toString((long) d) : Double.toString(d);
  }

  private static Boolean parseBoolean(String key, Object value, String text) {
    if (value instanceof Boolean b) {
      return b;
    }
    switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "on", "yes", "1":
        return Boolean.TRUE;
      case "false", "off", "no", "0":
        return Boolean.FALSE;
      default:
        throw new IllegalArgumentException(String.format(
            "setting %s: '%s' is not a boolean, expected true or false", key, text));
    }
  }

  private static String parseChoice(SettingDef def, String key, String text) {
    for (String c : def.choices()) {
      if (c.equals(text)) {
        return c;
      }
    }
    throw new IllegalArgumentException(String.format(
        "setting %s: '%s' is not valid, expected one of %s", key, text,
        String.join(", ", def.choices())));
  }
}
