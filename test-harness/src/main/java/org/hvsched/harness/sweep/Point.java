package org.hvsched.harness.sweep;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.hvsched.harness.yaml.Location;
import org.hvsched.harness.yaml.YamlNode;

/**
 * One point of a sweep: the scenario tree with the point's axis values applied, how many seeds
 * each configuration runs, and the values that made it (for labels and messages).
 *
 * @param tree the scenario's YAML tree with the values applied
 * @param seeds seeds per configuration
 * @param labels axis key to value, in axis order
 * @param changes what was applied, for messages (empty for the unchanged scenario)
 */
record Point(YamlNode tree, int seeds, ObjectNode labels, List<Change> changes) {

  Point {
    requireNonNull(tree, "tree");
    requireNonNull(labels, "labels");
    changes = List.copyOf(changes);
  }

  /**
   * One applied value.
   *
   * @param key the axis key ({@code configs} for the sweep's {@code configs:})
   * @param value the value as text
   * @param location where the value is written
   */
  record Change(String key, String value, Location location) {}

  /** The prefix of a message about this point: {@code axis vms = 4: }. */
  String prefix() {
    if (changes.isEmpty()) {
      return "";
    }
    if (changes.size() == 1) {
      Change c = changes.get(0);
      return (c.key().equals("configs") && c.value().isEmpty() ? "configs"
          : "axis " + c.key() + " = " + c.value()) + ": ";
    }
    StringBuilder sb = new StringBuilder("axes ");
    for (int i = 0; i < changes.size(); i++) {
      Change c = changes.get(i);
      sb.append(i == 0 ? "" : ", ").append(c.key()).append(" = ").append(c.value());
    }
    return sb.append(": ").toString();
  }

  /** Where a message about this point is placed: the first value's position. */
  Location location() {
    return changes.isEmpty() ? null : changes.get(0).location();
  }
}
