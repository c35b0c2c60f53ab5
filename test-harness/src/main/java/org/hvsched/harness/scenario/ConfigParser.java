package org.hvsched.harness.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.harness.yaml.Values;
import org.hvsched.harness.yaml.YamlNode;

/**
 * Reads {@code configs:} (compare only): names of spec.md's six configurations, or custom
 * {@code {name, policy, smt, baseline}} entries. Names are unique.
 */
final class ConfigParser {
  private ConfigParser() {}

  static List<ConfigRef> parse(Optional<YamlNode> node) {
    if (node.isEmpty()) {
      return List.of();
    }
    if (!(node.get() instanceof YamlNode.Sequence seq)) {
      throw Values.error(node.get(), "configs", "a list of configuration names or"
          + " {name, policy, smt, baseline}");
    }
    List<ConfigRef> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < seq.items().size(); i++) {
      String path = "configs[" + i + "]";
      ConfigRef c = one(seq.items().get(i), path);
      if (!names.add(c.name())) {
        throw c.location().error(path + ": found '" + c.name()
            + "' again, expected each configuration once");
      }
      out.add(c);
    }
    return out;
  }

  private static ConfigRef one(YamlNode node, String path) {
    String named = String.join(", ", ConfigRef.NAMED);
    if (node instanceof YamlNode.Scalar) {
      String name = Values.text(node, path, "a configuration name");
      if (!ConfigRef.NAMED.contains(name)) {
        throw node.location().error(path + ": unknown configuration '" + name
            + "', expected one of: " + named + ", or {name, policy, smt, baseline}");
      }
      return new ConfigRef.Named(name, node.location());
    }
    MapReader r = MapReader.of(node, path);
    String name = Values.name(r.require("name", "a configuration name"), r.path("name"));
    if (ConfigRef.NAMED.contains(name)) {
      throw r.keyLocation("name").error(r.path("name") + ": '" + name + "' is a named"
          + " configuration, expected it as a plain list item or a new name for a custom one");
    }
    PolicyRef policy = PolicyParser.parse(r.require("policy", "{id: ..., settings: ...}"),
        r.path("policy"));
    Optional<Boolean> smt = r.get("smt").map(n -> Values.bool(n, r.path("smt")));
    Optional<String> baseline = r.get("baseline").map(n -> Values.name(n, r.path("baseline")));
    r.finish();
    return new ConfigRef.Custom(name, policy, smt, baseline, node.location());
  }
}
