package org.hvsched.harness.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.harness.yaml.Values;
import org.hvsched.harness.yaml.YamlNode;
import org.hvsched.harness.yaml.YamlTrees;

/**
 * Reads a {@code SWEEP} file into a {@link SweepSpec}. Unknown keys, a missing scenario, an axis
 * key that is not a key path, an axis without values, and {@code configs}/{@code seeds} given
 * both as a key and as an axis are errors naming the file, line and column.
 */
public final class SweepParser {
  /** Most values one axis may have; more is almost certainly a mistake. */
  static final int MAX_VALUES = 100_000;

  private SweepParser() {}

  /** Reads {@code file}; messages name it as given. */
  public static SweepSpec parse(Path file) {
    String name = file.toString();
    MapReader r = MapReader.of(YamlTrees.read(file, name), "");
    YamlNode scenarioNode = r.require("scenario", "the path of a scenario file");
    String scenarioText = Values.text(scenarioNode, "scenario", "the path of a scenario file");
    Path dir = file.toAbsolutePath().getParent();
    Path scenario = dir.resolve(scenarioText).normalize();
    if (!Files.isRegularFile(scenario)) {
      throw scenarioNode.location().error("scenario: no such file '" + scenarioText
          + "' (looked for " + scenario + "), expected a scenario file, relative to the sweep"
          + " file's folder");
    }
    Optional<YamlNode> configs = r.get("configs");
    Optional<YamlNode> seedsNode = r.get("seeds");
    int seeds = seedsNode.map(n -> (int) Values.integer(n, "seeds", 1, 1_000_000)).orElse(1);
    List<Axis> axes = r.get("axes").map(SweepParser::axes).orElse(List.of());
    r.finish();
    for (Axis a : axes) {
      if (a.kind() == Axis.Kind.CONFIGS && configs.isPresent()) {
        throw a.location().error("axes.configs: configs are also given as the key configs:,"
            + " expected one or the other");
      }
      if (a.kind() == Axis.Kind.SEEDS && seedsNode.isPresent()) {
        throw a.location().error("axes.seeds: seeds are also given as the key seeds:,"
            + " expected one or the other");
      }
    }
    return new SweepSpec(name, scenario, scenarioNode, configs, seeds, axes);
  }

  private static List<Axis> axes(YamlNode node) {
    MapReader r = MapReader.of(node, "axes");
    List<Axis> out = new ArrayList<>();
    for (String key : r.keys()) {
      r.get(key);
      YamlNode values = r.entries().get(key);
      String path = r.path(key);
      KeyPath keyPath;
      try {
        keyPath = KeyPath.parse(key);
      } catch (IllegalArgumentException e) {
        throw r.keyLocation(key).error(path + ": " + e.getMessage());
      }
      if (!(values instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
        throw Values.error(values, path, "a non-empty list of values, e.g. [1, 2, 4]");
      }
      if (seq.items().size() > MAX_VALUES) {
        throw values.location().error(path + ": " + seq.items().size()
            + " values, expected at most " + MAX_VALUES);
      }
      Axis.Kind kind = Axis.kindOf(key);
      if (kind == Axis.Kind.SCENARIO && keyPath.steps().get(0).equals(new KeyPath.Key("configs"))) {
        throw r.keyLocation(key).error(path + ": configurations are swept as a whole,"
            + " expected the key configs with a list of configurations (or of lists of them)");
      }
      out.add(new Axis(key, kind, keyPath, seq.items(), r.keyLocation(key)));
    }
    r.finish();
    return out;
  }
}
