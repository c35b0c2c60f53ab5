package org.hvsched.kvm.cfs.engine;

import java.nio.file.Path;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.harness.run.RunOverrides;
import org.hvsched.harness.run.RunResult;
import org.hvsched.harness.run.ScenarioRunner;
import org.hvsched.harness.scenario.Scenario;
import org.hvsched.harness.scenario.ScenarioParser;

/** Runs scenario text through the harness. */
final class Runs {
  private Runs() {}

  /** The test resources folder (scenario-relative paths resolve against it). */
  static Path resources() {
    return Path.of(System.getProperty("user.dir"), "src", "test", "resources");
  }

  static RunResult run(String yaml) {
    return run(yaml, TraceSink.NONE);
  }

  static RunResult run(String yaml, TraceSink trace) {
    Scenario s = ScenarioParser.parse(yaml, "test.yaml", resources());
    RunOverrides o = RunOverrides.none();
    if (trace != TraceSink.NONE) {
      o = o.withTrace(trace);
    }
    return ScenarioRunner.run(s, o);
  }
}
