package org.hvsched.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hvsched.harness.output.RunResultCsv;
import org.hvsched.harness.output.RunResultJson;
import org.hvsched.harness.scenario.Scenario;
import org.hvsched.harness.scenario.ScenarioParser;
import org.junit.jupiter.api.Test;

/**
 * The auditor's verdicts through the harness (issue 9's done-when), and byte-identical results
 * for the same scenario and seed.
 */
final class IsolationAndDeterminismTest {
  private static final Scenario TWO_TENANTS = ScenarioParser.parse("""
      name: tenants
      topology: 1x2x2
      duration: 300ms
      policy: basic.rr
      domains:
        - {name: a, vcpus: 3}
        - {name: b, vcpus: 3, workload: {type: sleep-run, run: exp(1ms), sleep: exp(200us)}}
      """, "t.yaml", Path.of("."));

  @Test
  void basicRr_smtOnOvercommitted_showsGuestGuestExposure() {
    RunResult r = ScenarioRunner.run(TWO_TENANTS, RunOverrides.none());
    assertThat(r.isolation().claim()).isEqualTo("none");
    assertThat(r.isolation().guestGuestNs()).isPositive();
    assertThat(r.isolation().byPair()).singleElement()
        .satisfies(p -> assertThat(p.a() + "/" + p.b()).isEqualTo("a/b"));
  }

  @Test
  void basicRr_smtOff_hasNoGuestGuestExposure() {
    RunResult r = ScenarioRunner.run(TWO_TENANTS, RunOverrides.none().withSmt(false));
    assertThat(r.isolation().guestGuestNs()).isZero();
  }

  @Test
  void basicGang_smtOn_claimsAndKeepsCoreIsolation() {
    RunResult r = ScenarioRunner.run(TWO_TENANTS,
        RunOverrides.none().withPolicy("basic.gang").withValidate(true));
    assertThat(r.isolation().claim()).isEqualTo("core");
    assertThat(r.isolation().guestGuestNs()).isZero();
    assertThat(r.violation()).isEmpty();
  }

  @Test
  void sameScenarioAndSeed_giveByteIdenticalJsonAndCsv() {
    Scenario s = ScenarioParser.parse(Path.of("..", "scenarios", "default.yaml"));
    RunOverrides o = RunOverrides.none().withDurationNs(s.warmupNs() + 2_000_000_000L);
    RunResult first = ScenarioRunner.run(s, o);
    RunResult second = ScenarioRunner.run(ScenarioParser.parse(Path.of("..", "scenarios",
        "default.yaml")), o);
    assertThat(RunResultJson.toJson(second)).isEqualTo(RunResultJson.toJson(first));
    assertThat(RunResultCsv.toCsv(second)).isEqualTo(RunResultCsv.toCsv(first));
  }

  @Test
  void anotherSeed_changesTheResults() {
    RunResult one = ScenarioRunner.run(TWO_TENANTS, RunOverrides.none());
    RunResult two = ScenarioRunner.run(TWO_TENANTS, RunOverrides.none().withSeed(2));
    assertThat(RunResultJson.toJson(two)).isNotEqualTo(RunResultJson.toJson(one));
  }
}
