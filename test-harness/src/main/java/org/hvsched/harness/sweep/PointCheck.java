package org.hvsched.harness.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hvsched.harness.compare.ConfigMatrix;
import org.hvsched.harness.compare.ScenarioExecutor;
import org.hvsched.harness.compare.Configuration;
import org.hvsched.harness.scenario.PolicyRef;
import org.hvsched.harness.scenario.Scenario;
import org.hvsched.harness.scenario.ScenarioParser;
import org.hvsched.harness.yaml.Location;
import org.hvsched.topology.InputException;

/**
 * Validates a point the way a run will see it: its tree is turned into the JSON a plan line
 * carries, parsed back by the scenario parser (from that text, as {@code sweep run} will), and
 * planned as compare plans it (the matrix resolved, each configuration's run built without
 * running by compare's {@link ScenarioExecutor}, so bad settings and affinities outside the
 * SMT-off view show). An error becomes an {@link InputException} at the
 * point's first value in the sweep file, naming the values that made the point:
 * {@code sweep.yaml:7:22: axis domains[1].vcpus = 0: domains[1].vcpus: found 0, expected ...}.
 */
final class PointCheck {
  private PointCheck() {}

  /**
   * A checked point.
   *
   * @param scenario the parsed scenario
   * @param configs its configurations, matrix order
   * @param tree the tree a plan line carries ({@code configs:} and {@code seed:} left out)
   */
  record Checked(Scenario scenario, List<Configuration> configs, ObjectNode tree) {}

  static Checked check(Point p, Path baseDir, String sweepFile) {
    ObjectNode json = (ObjectNode) YamlJson.toJson(p.tree());
    try {
      Scenario s = ScenarioParser.parse(text(json), "scenario", baseDir);
      List<Configuration> configs = withSettings(ConfigMatrix.resolve(s.configs(),
          Optional.empty()), s, p);
      ScenarioExecutor executor = new ScenarioExecutor(s);
      configs.forEach(executor::plan);
      ObjectNode tree = json.deepCopy();
      tree.remove("configs");
      tree.remove("seed");
      return new Checked(s, configs, tree);
    } catch (InputException e) {
      Location at = p.location();
      if (at == null) {
        throw e;
      }
      throw new InputException(at.file().isEmpty() ? sweepFile : at.file(), at.line(),
          at.column(), p.prefix() + e.detail(), e);
    }
  }

  /**
   * {@code configs} with the point's {@code policy.settings.K} values set on every
   * configuration that runs the scenario's policy (a configuration replaces the scenario's
   * policy with exactly its own settings, so without this such an axis would change nothing).
   */
  static List<Configuration> withSettings(List<Configuration> configs, Scenario s, Point p) {
    if (p.settings().isEmpty()) {
      return configs;
    }
    String id = s.policy().map(PolicyRef::id).orElse("");
    List<Configuration> out = new ArrayList<>();
    boolean any = false;
    for (Configuration c : configs) {
      if (!c.policyId().equals(id)) {
        out.add(c);
        continue;
      }
      any = true;
      Map<String, String> settings = new LinkedHashMap<>(c.settings());
      settings.putAll(p.settings());
      out.add(new Configuration(c.name(), c.family(), c.baseline(), c.policyId(), settings,
          c.smt()));
    }
    if (!any) {
      throw new InputException(s.file(), "no configuration of this point runs the scenario's"
          + " policy " + (id.isEmpty() ? "(it has none)" : id) + " (configurations: "
          + String.join(", ", configs.stream().map(Configuration::name).toList())
          + "), so policy.settings." + String.join(", policy.settings.", p.settings().keySet())
          + " would change nothing; expected a configuration with policy " + id
          + " or an axis on a pool's or a custom configuration's policy");
    }
    return out;
  }

  /** The scenario text of a plan line's tree (JSON, which YAML reads). */
  static String text(ObjectNode tree) {
    try {
      return CanonicalJson.MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
