package org.hvsched.api.settings;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One tunable of a policy, as {@code hvsched policies} lists it and as a scenario or
 * {@code --set} names it.
 *
 * @param name camelCase name carrying its unit ({@code ratelimitUs})
 * @param aliases other accepted names, typically upstream's ({@code sched_ratelimit_us})
 * @param type value type
 * @param defaultValue the default (Long, Boolean, String or Double), with its source in
 *     {@code meaning}
 * @param unit unit for display ("us", "ns", "ms", "" when none)
 * @param min smallest allowed value for LONG/DOUBLE (inclusive)
 * @param max largest allowed value for LONG/DOUBLE (inclusive)
 * @param choices allowed values for CHOICE
 * @param meaning one sentence: what it does and where the default comes from
 * @param upstream upstream's name of the knob (boot option, sysctl, sysfs file), or ""
 */
public record SettingDef(String name, List<String> aliases, SettingType type, Object defaultValue,
    String unit, double min, double max, List<String> choices, String meaning, String upstream) {

  public SettingDef {
    requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    requireNonNull(type, "type");
    requireNonNull(defaultValue, "defaultValue of " + name);
    unit = unit == null ? "" : unit;
    choices = List.copyOf(choices);
    requireNonNull(meaning, "meaning");
    upstream = upstream == null ? "" : upstream;
    checkArgument(type != SettingType.CHOICE || choices.contains(defaultValue),
        "default %s of %s is not among its choices %s", defaultValue, name, choices);
  }

  /** A whole-number setting in [{@code min}, {@code max}]. */
  public static SettingDef ofLong(String name, long defaultValue, String unit, long min, long max,
      String meaning, String upstream, String... aliases) {
    return new SettingDef(name, List.of(aliases), SettingType.LONG, defaultValue, unit, min, max,
        List.of(), meaning, upstream);
  }

  /** A boolean setting. */
  public static SettingDef ofBoolean(String name, boolean defaultValue, String meaning,
      String upstream, String... aliases) {
    return new SettingDef(name, List.of(aliases), SettingType.BOOLEAN, defaultValue, "", 0, 1,
        List.of(), meaning, upstream);
  }

  /** A setting with a closed set of values. */
  public static SettingDef ofChoice(String name, String defaultValue, List<String> choices,
      String meaning, String upstream, String... aliases) {
    return new SettingDef(name, List.of(aliases), SettingType.CHOICE, defaultValue, "", 0, 0,
        choices, meaning, upstream);
  }

  /** A decimal setting in [{@code min}, {@code max}]. */
  public static SettingDef ofDouble(String name, double defaultValue, String unit, double min,
      double max, String meaning, String upstream, String... aliases) {
    return new SettingDef(name, List.of(aliases), SettingType.DOUBLE, defaultValue, unit, min,
        max, List.of(), meaning, upstream);
  }

  /** True when {@code key} is this setting's name or one of its aliases. */
  public boolean answersTo(String key) {
    return name.equals(key) || aliases.contains(key);
  }
}
