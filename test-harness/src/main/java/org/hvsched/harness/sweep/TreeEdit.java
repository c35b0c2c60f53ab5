package org.hvsched.harness.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hvsched.harness.yaml.Location;
import org.hvsched.harness.yaml.YamlNode;
import org.hvsched.topology.InputException;

/**
 * Sets one value in a scenario's YAML tree: the node at a {@link KeyPath} is replaced by the
 * axis value (which keeps its own position in the sweep file, so that the scenario parser's
 * complaints about it point there). Missing keys are created, with mappings on the way; list
 * indexes must exist. Errors name the axis: {@code axis domains[3].vcpus: the scenario has 2
 * domains, expected an index from 0 to 1}.
 */
final class TreeEdit {
  private final KeyPath path;
  private final Location axisAt;

  private TreeEdit(KeyPath path, Location axisAt) {
    this.path = path;
    this.axisAt = axisAt;
  }

  /**
   * A copy of {@code root} with the value at {@code path} replaced by {@code value}.
   *
   * @param axisAt where the axis is written, for errors
   * @throws InputException when the path does not fit the tree
   */
  static YamlNode set(YamlNode root, KeyPath path, YamlNode value, Location axisAt) {
    return new TreeEdit(path, axisAt).set(root, 0, value);
  }

  private YamlNode set(YamlNode node, int step, YamlNode value) {
    if (step == path.steps().size()) {
      return value;
    }
    KeyPath.Step s = path.steps().get(step);
    if (s instanceof KeyPath.Key k) {
      return setKey(node, step, k.key(), value);
    }
    return setIndex(node, step, ((KeyPath.Index) s).index(), value);
  }

  private YamlNode setKey(YamlNode node, int step, String key, YamlNode value) {
    YamlNode.Mapping map;
    if (node == null || isNull(node)) {
      Location at = node == null ? axisAt : node.location();
      map = new YamlNode.Mapping(Map.of(), Map.of(), at);
    } else if (node instanceof YamlNode.Mapping m) {
      map = m;
    } else {
      throw error(where(step) + " is " + node.describe() + ", expected a mapping with the key '"
          + key + "'");
    }
    Map<String, YamlNode> entries = new LinkedHashMap<>(map.entries());
    Map<String, Location> keys = new LinkedHashMap<>(map.keyLocations());
    entries.put(key, set(entries.get(key), step + 1, value));
    keys.putIfAbsent(key, axisAt);
    return new YamlNode.Mapping(entries, keys, map.location());
  }

  private YamlNode setIndex(YamlNode node, int step, int index, YamlNode value) {
    String list = listName(step);
    if (node == null || isNull(node)) {
      throw error(owner(step) + " has no " + list + ", expected a list to pick item " + index
          + " from");
    }
    if (!(node instanceof YamlNode.Sequence seq)) {
      throw error(where(step) + " is " + node.describe() + ", expected a list to pick item " + index
          + " from");
    }
    int n = seq.items().size();
    if (index >= n) {
      String range = n == 0 ? "" : ", expected an index from 0 to " + (n - 1);
      throw error(owner(step) + " has " + n + " " + list + range);
    }
    List<YamlNode> items = new java.util.ArrayList<>(seq.items());
    items.set(index, set(items.get(index), step + 1, value));
    return new YamlNode.Sequence(items, seq.location());
  }

  /** The path up to (not including) {@code step}: what the step looks into. */
  private String where(int step) {
    return path.prefix(step);
  }

  /** The list's own name: its key ({@code threads}), or its path for a list in a list. */
  private String listName(int step) {
    KeyPath.Step previous = path.steps().get(step - 1);
    return previous instanceof KeyPath.Key k ? k.key() : where(step);
  }

  /** What holds the list at {@code step}: "the scenario" for a top-level key. */
  private String owner(int step) {
    return step <= 1 ? "the scenario" : path.prefix(step - 1);
  }

  private static boolean isNull(YamlNode node) {
    return node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL;
  }

  private InputException error(String message) {
    return axisAt.error("axis " + path + ": " + message);
  }
}
