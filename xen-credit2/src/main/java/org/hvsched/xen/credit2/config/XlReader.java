package org.hvsched.xen.credit2.config;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.hvsched.topology.InputException;

/** Typed access to parsed xl.cfg settings, as {@code xlu_cfg_get_string/long} read them. */
final class XlReader {
  private final String file;
  private final Map<String, XlParser.Setting> settings;

  XlReader(String file, Map<String, XlParser.Setting> settings) {
    this.file = file;
    this.settings = settings;
  }

  Optional<XlValue> raw(String key) {
    return Optional.ofNullable(settings.get(key)).map(XlParser.Setting::value);
  }

  /** A single value as text; a list is an error. */
  Optional<String> string(String key) {
    Optional<XlValue> v = raw(key);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.get() instanceof XlValue.Atom a) {
      return Optional.of(a.text());
    }
    throw error(v.get(), "parameter `" + key + "' is a list but should be a single value");
  }

  /** A number read with {@code strtol(..., 0)}, within [min, max]. */
  Optional<Long> number(String key, long min, long max) {
    Optional<String> text = string(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    long n = strtol(key, text.get());
    if (n < min || n > max) {
      fail(key, key + " " + n + " is out of range, expected " + min + ".." + max);
    }
    return Optional.of(n);
  }

  OptionalInt intNumber(String key, long min, long max, String rangeMessage) {
    Optional<String> text = string(key);
    if (text.isEmpty()) {
      return OptionalInt.empty();
    }
    long n = strtol(key, text.get());
    if (n < min || n > max) {
      fail(key, rangeMessage + " (" + key + " = " + n + ")");
    }
    return OptionalInt.of((int) n);
  }

  private long strtol(String key, String t) {
    String s = t.strip();
    boolean neg = s.startsWith("-");
    String body = neg || s.startsWith("+") ? s.substring(1) : s;
    try {
      long v;
      if (body.startsWith("0x") || body.startsWith("0X")) {
        v = Long.parseLong(body.substring(2), 16);
      } else if (body.length() > 1 && body.startsWith("0")) {
        v = Long.parseLong(body.substring(1), 8);
      } else {
        v = Long.parseLong(body);
      }
      return neg ? -v : v;
    } catch (NumberFormatException e) {
      fail(key, "parameter `" + key + "' is not a valid number: '" + t + "'");
      return 0;
    }
  }

  void fail(String key, String message) {
    XlParser.Setting s = settings.get(key);
    throw new InputException(file, s.line(), s.column(), message);
  }

  InputException error(XlValue at, String message) {
    return new InputException(file, at.line(), at.column(), message);
  }
}
