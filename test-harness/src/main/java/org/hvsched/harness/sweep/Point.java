package org.hvsched.harness.sweep;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param settings values of {@code policy.settings.K} axes by setting name, which also apply to
 *     the configurations that run the scenario's policy ({@link PointCheck})
 */
record Point(YamlNode tree, int seeds, ObjectNode labels, List<Change> changes,
    Map<String, String> settings) {

  Point {
    requireNonNull(tree, "tree");
    requireNonNull(labels, "labels");
    changes = List.copyOf(changes);
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  /**
   * One applied value.
   *
   * @param key the axis key ({@code configs} for the sweep's {@code configs:})
   * @param value the value as text
   * @param location where the value is written
   */
  record Change(String key, String value, Location location) {}

  /**
   * The prefix of a message about this point: {@code configs: } for the sweep's
   * {@code configs:} alone, {@code axis vms = 4: } for one axis value, {@code axes vms = 4,
   * smt = off: } for several (the sweep's {@code configs:} is then left out).
   */
  String prefix() {
    List<Change> shown = shown();
    if (shown.isEmpty()) {
      return "";
    }
    if (shown.size() == 1) {
      Change c = shown.get(0);
      return (isSweepConfigs(c) ? "configs" : "axis " + c.key() + " = " + c.value()) + ": ";
    }
    StringBuilder sb = new StringBuilder("axes ");
    for (int i = 0; i < shown.size(); i++) {
      Change c = shown.get(i);
      sb.append(i == 0 ? "" : ", ").append(c.key()).append(" = ").append(c.value());
    }
    return sb.append(": ").toString();
  }

  /** Where a message about this point is placed: the first shown value's position. */
  Location location() {
    List<Change> shown = shown();
    return shown.isEmpty() ? null : shown.get(0).location();
  }

  /** The changes a message names: the axis values, else the sweep's {@code configs:}. */
  private List<Change> shown() {
    List<Change> axes = changes.stream().filter(c -> !isSweepConfigs(c)).toList();
    return axes.isEmpty() ? changes : axes;
  }

  private static boolean isSweepConfigs(Change c) {
    return c.key().equals("configs") && c.value().isEmpty();
  }
}
