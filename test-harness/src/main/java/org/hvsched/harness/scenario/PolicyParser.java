package org.hvsched.harness.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.harness.yaml.Values;
import org.hvsched.harness.yaml.YamlNode;

/**
 * Reads a policy: {@code {id: ID, settings: {K: V, ...}}} or a bare {@code ID}. Settings stay raw
 * text until a run resolves them against the provider.
 */
final class PolicyParser {
  private PolicyParser() {}

  static PolicyRef parse(YamlNode node, String path) {
    if (node instanceof YamlNode.Scalar) {
      return new PolicyRef(Values.text(node, path, "a policy id"), Map.of(), path,
          node.location());
    }
    MapReader r = MapReader.of(node, path);
    String id = Values.text(r.require("id", "a policy id such as basic.rr"), r.path("id"),
        "a policy id such as basic.rr");
    Map<String, String> settings = new LinkedHashMap<>();
    r.get("commandLine").ifPresent(c -> settings.putAll(fromCommandLine(id, c,
        r.path("commandLine"))));
    r.get("settings").ifPresent(s -> {
      MapReader sr = MapReader.of(s, r.path("settings"));
      for (String key : sr.keys()) {
        YamlNode v = sr.entries().get(key);
        settings.put(key, Values.text(v, sr.path(key), "a setting value (a scalar)"));
      }
    });
    r.finish();
    return new PolicyRef(id, settings, path, node.location());
  }

  /** The settings a hypervisor command line implies, through the policy's provider. */
  private static Map<String, String> fromCommandLine(String id, YamlNode node, String path) {
    String line = Values.text(node, path, "a hypervisor command line (a string)");
    try {
      return org.hvsched.api.Policies.byId(id).settingsFromCommandLine(line);
    } catch (IllegalArgumentException e) {
      throw node.location().error(path + ": " + e.getMessage());
    }
  }
}
