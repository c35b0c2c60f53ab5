package org.hvsched.harness.yaml;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the keys of one YAML mapping. Every key a parser asks for (present or not) becomes
 * known; {@link #finish()} rejects the keys nobody asked for, naming the first one's position and
 * listing the known keys. Paths such as {@code domains[1].workload} name the key in messages.
 */
public final class MapReader {
  private final YamlNode.Mapping map;
  private final String path;
  private final Set<String> known = new LinkedHashSet<>();

  private MapReader(YamlNode.Mapping map, String path) {
    this.map = map;
    this.path = path;
  }

  /** A reader over {@code node}, which must be a mapping; {@code path} names it in messages. */
  public static MapReader of(YamlNode node, String path) {
    if (!(node instanceof YamlNode.Mapping m)) {
      throw node.location().error(name(path) + ": found " + node.describe()
          + ", expected a mapping of keys to values");
    }
    return new MapReader(m, path);
  }

  /** The value of {@code key}, if given (an explicit empty value counts as absent). */
  public Optional<YamlNode> get(String key) {
    known.add(key);
    YamlNode n = map.entries().get(key);
    if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL) {
      return Optional.empty();
    }
    return Optional.ofNullable(n);
  }

  /** The value of a required {@code key}. */
  public YamlNode require(String key, String expected) {
    return get(key).orElseThrow(() -> map.location().error(
        name(path) + ": key '" + key + "' is missing, expected " + expected));
  }

  /** Whether {@code key} is written (even with an empty value); does not mark it known. */
  public boolean has(String key) {
    return map.entries().containsKey(key);
  }

  /** The path of {@code key} for messages. */
  public String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The path of this mapping. */
  public String path() {
    return path;
  }

  /** Where the mapping starts. */
  public Location location() {
    return map.location();
  }

  /** Where {@code key} was written (the mapping's start when absent). */
  public Location keyLocation(String key) {
    return map.keyLocations().getOrDefault(key, map.location());
  }

  /** Every key written, in file order. */
  public List<String> keys() {
    return new ArrayList<>(map.entries().keySet());
  }

  /** The raw entries. */
  public Map<String, YamlNode> entries() {
    return map.entries();
  }

  /** Rejects the first key that no parser asked for. */
  public void finish() {
    for (String key : map.entries().keySet()) {
      if (!known.contains(key)) {
        throw map.keyLocations().get(key).error(name(path) + ": unknown key '" + key
            + "', expected one of: " + String.join(", ", known));
      }
    }
  }

  private static String name(String path) {
    return path.isEmpty() ? "scenario" : path;
  }
}
