package org.hvsched.harness.run;

import java.nio.file.Path;
import org.hvsched.harness.scenario.ScenarioParser;
import org.junit.jupiter.api.Test;

final class SmokeTest {
  @Test
  void run() {
    var s = ScenarioParser.parse(Path.of("../scenarios/default.yaml"));
    long t0 = System.nanoTime();
    var r = ScenarioRunner.run(s, RunOverrides.none());
    System.out.println("wall ms " + (System.nanoTime() - t0) / 1e6 + " events " + r.outcome().events());
    for (var d : r.domains()) {
      System.out.println(d.name() + " cpu=" + d.stats().cpuNs() + " work=" + d.stats().workNs() + " " + d.metrics());
    }
    System.out.println(org.hvsched.harness.output.RunTable.render(r));
    System.out.println(org.hvsched.harness.output.RunResultJson.toJson(r));
    System.out.println(org.hvsched.harness.output.RunResultCsv.toCsv(r));
    System.out.println(r.isolation());
  }
}
