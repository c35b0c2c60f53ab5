package org.hvsched.harness.yaml;

import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it was written, so that every error about it can name the
 * file, line and column. Built by {@link YamlTrees} from Jackson's streaming parser.
 */
public sealed interface YamlNode {

  /** Where the node starts. */
  Location location();

  /** What the node is, for messages ("a mapping", "a list", "the number 3"). */
  String describe();

  /**
   * A scalar with its text exactly as written ({@code on} stays {@code on}, {@code 0x10} stays
   * {@code 0x10}) and the kind Jackson's YAML resolver gave it.
   *
   * @param text the scalar as written (empty for an empty value)
   * @param kind what the YAML resolver read it as
   * @param location where it starts
   */
  record Scalar(String text, Kind kind, Location location) implements YamlNode {
    /** The YAML resolver's reading of a scalar. */
    public enum Kind {
      STRING, INTEGER, DECIMAL, BOOLEAN, NULL
    }

    @Override
    public String describe() {
      return switch (kind) {
        case NULL -> "an empty value";
        case STRING -> "'" + text + "'";
        default -> text;
      };
    }
  }

  /**
   * A list.
   *
   * @param items the items in order
   * @param location where the list starts
   */
  record Sequence(List<YamlNode> items, Location location) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A mapping with keys in file order.
   *
   * @param entries values by key, in file order
   * @param keyLocations where each key was written
   * @param location where the mapping starts
   */
  record Mapping(Map<String, YamlNode> entries, Map<String, Location> keyLocations,
      Location location) implements YamlNode {
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
      keyLocations =
          java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keyLocations));
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }
}
