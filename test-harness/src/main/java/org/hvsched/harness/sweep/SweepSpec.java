package org.hvsched.harness.sweep;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hvsched.harness.yaml.YamlNode;

/**
 * A parsed {@code SWEEP} file (spec.md section 6):
 * {@code {scenario: PATH, configs: [...], seeds: N, axes: {KEY.PATH: [v1, v2, ...]}}}.
 *
 * @param file how messages name the sweep file
 * @param scenario the scenario file, resolved against the sweep file's folder
 * @param scenarioNode where {@code scenario:} is written
 * @param configs {@code configs:} as written (replaces the scenario's), if given
 * @param seeds seeds per configuration (default 1)
 * @param axes the axes in the order written
 */
public record SweepSpec(String file, Path scenario, YamlNode scenarioNode,
    Optional<YamlNode> configs, int seeds, List<Axis> axes) {

  public SweepSpec {
    requireNonNull(file, "file");
    requireNonNull(scenario, "scenario");
    requireNonNull(scenarioNode, "scenarioNode");
    requireNonNull(configs, "configs");
    axes = List.copyOf(axes);
  }

  /** The number of points: the product of the axes' value counts (1 without axes). */
  public long points() {
    long n = 1;
    for (Axis a : axes) {
      n = Math.multiplyExact(n, a.values().size());
    }
    return n;
  }
}
