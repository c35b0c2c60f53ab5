package org.hvsched.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hvsched.harness.output.ScenarioYaml;
import org.hvsched.harness.scenario.Scenario;
import org.hvsched.harness.scenario.ScenarioParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled scenario parses, validates and runs, so none can rot: with a tiny duration, or
 * its own when a workload must finish a makespan.
 */
final class BundledScenariosTest {
  private static final Path ROOT = Path.of("..", "scenarios");
  private static final long TINY_NS = 200_000_000L;

  static Stream<Path> scenarios() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(p -> p.toString().endsWith(".yaml"))
          .filter(p -> !p.toString().endsWith(".sweep.yaml")) // sweeps: docs/scale-out.md
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void bundledScenario_validatesAndRuns(Path file) {
    Scenario s = ScenarioParser.parse(file);
    assertThat(ScenarioYaml.render(s)).startsWith("name: " + s.name() + "\n");
    RunOverrides tiny = RunOverrides.none().withDurationNs(s.warmupNs() + TINY_NS)
        .withValidate(true);
    boolean makespan = s.domains().stream().anyMatch(d -> d.workload().makespan());
    RunResult r = ScenarioRunner.run(s, makespan ? RunOverrides.none().withValidate(true) : tiny);
    assertThat(r.domains()).hasSize(s.domains().size());
  }
}
