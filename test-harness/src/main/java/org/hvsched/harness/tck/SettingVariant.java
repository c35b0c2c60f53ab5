package org.hvsched.harness.tck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One named set of policy settings the suite runs every check with, e.g. {@code cpu} with
 * {@code {schedGran: cpu}} and {@code core} with {@code {schedGran: core}}.
 *
 * @param name short label shown in test names
 * @param settings raw settings, as a scenario would give them (names or upstream aliases)
 */
public record SettingVariant(String name, Map<String, ?> settings) {

  public SettingVariant {
    requireNonNull(name, "name");
    checkArgument(!name.isBlank(), "a setting variant needs a name");
    settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  /** A variant with one setting. */
  public static SettingVariant of(String name, String key, Object value) {
    return new SettingVariant(name, Map.of(key, value));
  }

  @Override
  public String toString() {
    return settings.isEmpty() ? name : name + " " + settings;
  }
}
