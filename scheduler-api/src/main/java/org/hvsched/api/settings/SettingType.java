package org.hvsched.api.settings;

/** The value type of a policy setting. */
public enum SettingType {
  /** A whole number (with a unit in its name and {@link SettingDef#unit()}). */
  LONG,
  /** true/false (also on/off, yes/no, 1/0). */
  BOOLEAN,
  /** One of {@link SettingDef#choices()}. */
  CHOICE,
  /** A decimal number. */
  DOUBLE
}
