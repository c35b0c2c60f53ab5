package org.hvsched.harness.sweep;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.hvsched.harness.yaml.Location;
import org.hvsched.harness.yaml.YamlNode;

/**
 * One axis of a sweep: a key and the values it takes, in the order written.
 *
 * @param key the key as written ({@code domains[1].vcpus}, {@code vms})
 * @param kind what the key addresses
 * @param path the key as a path into the scenario (for {@link Kind#SCENARIO})
 * @param values the values, each with its position in the sweep file
 * @param location where the key is written
 */
public record Axis(String key, Kind kind, KeyPath path, List<YamlNode> values,
    Location location) {

  /** What an axis key addresses. */
  public enum Kind {
    /** A value of the scenario, by key path. */
    SCENARIO,
    /** {@code vms}: the number of domains ({@link DomainCopies}). */
    VMS,
    /** {@code seeds}: how many seeds each configuration runs. */
    SEEDS,
    /** {@code configs}: the configurations (a name, a custom mapping, or a list of them). */
    CONFIGS
  }

  public Axis {
    requireNonNull(key, "key");
    requireNonNull(kind, "kind");
    requireNonNull(path, "path");
    values = List.copyOf(values);
    requireNonNull(location, "location");
  }

  /** The kind of axis {@code key} names. */
  static Kind kindOf(String key) {
    switch (key) {
      case "vms":
        return Kind.VMS;
      case "seeds":
        return Kind.SEEDS;
      case "configs":
        return Kind.CONFIGS;
      default:
        return Kind.SCENARIO;
    }
  }
}
