package org.hvsched.harness.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.hvsched.harness.compare.Configuration;
import org.hvsched.harness.run.ScenarioRunner;
import org.hvsched.harness.scenario.Scenario;
import org.hvsched.harness.scenario.ScenarioParser;
import org.hvsched.harness.yaml.Location;
import org.hvsched.topology.InputException;

/**
 * Validates a point the way a run will see it: its tree is turned into the JSON a plan line
 * carries, parsed back by the scenario parser (from that text, as {@code sweep run} will), its
 * configurations resolved, and each configuration's run built without running (bad settings,
 * affinities outside the SMT-off view...). An error becomes an {@link InputException} at the
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
      List<Configuration> configs = SweepConfigs.matrix(s);
      for (Configuration c : configs) {
        ScenarioRunner.plan(s, SweepConfigs.overrides(c, s.seed()));
      }
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

  /** The scenario text of a plan line's tree (JSON, which YAML reads). */
  static String text(ObjectNode tree) {
    try {
      return CanonicalJson.MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
