package org.hvsched.harness.compare;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hvsched.topology.InputException;

/** A configuration as a scenario's {@code configs:} lists it: a name, or a custom definition. */
public sealed interface ConfigEntry {

  /** The configuration's name. */
  String name();

  /** Where it was written (messages name it). */
  Where where();

  /**
   * A source position for messages.
   *
   * @param file the file as the user named it, or an option name such as {@code --configs}
   * @param line 1-based line, 0 when unknown
   * @param column 1-based column, 0 when unknown
   */
  record Where(String file, int line, int column) {
    public Where {
      requireNonNull(file, "file");
    }

    /** An input error at this position. */
    public InputException error(String message) {
      return new InputException(file, line, column, message);
    }
  }

  /**
   * One of the named configurations, by name.
   *
   * @param name the name
   * @param where where it was written
   */
  record ByName(String name, Where where) implements ConfigEntry {
    public ByName {
      requireNonNull(name, "name");
      requireNonNull(where, "where");
    }
  }

  /**
   * A custom configuration: any policy and settings.
   *
   * @param name its name (not one of the named ones)
   * @param policyId provider id
   * @param settings raw settings by the name written
   * @param smt SMT state, empty = the scenario's
   * @param baseline the configuration it is ratioed to, empty = itself
   * @param family its family, empty = its baseline's (its own name for a baseline)
   * @param where where it was written
   */
  record Custom(String name, String policyId, Map<String, String> settings,
      Optional<Boolean> smt, Optional<String> baseline, Optional<String> family, Where where)
      implements ConfigEntry {
    public Custom {
      requireNonNull(name, "name");
      requireNonNull(policyId, "policyId");
      settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
      requireNonNull(smt, "smt");
      requireNonNull(baseline, "baseline");
      requireNonNull(family, "family");
      requireNonNull(where, "where");
    }
  }
}
