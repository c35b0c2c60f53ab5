package org.hvsched.harness.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hvsched.harness.scenario.Scenario;
import org.hvsched.harness.scenario.ScenarioParser;
import org.hvsched.topology.InputException;
import org.junit.jupiter.api.Test;

/** Comparisons of real runs: thread-count independence, exposure and claims, bad input first. */
final class CompareTest {

  static final String SCENARIO = String.join("\n",
      "name: tiny",
      "topology: 1x2x2",
      "duration: 120ms",
      "warmup: 20ms",
      "seed: 11",
      "domains:",
      "  - {name: vm1, vcpus: 2, workload: {type: sleep-run, run: exp(300us), sleep: exp(200us)}}",
      "  - {name: vm2, vcpus: 2, workload: {type: request-response, rate: 3000/s,"
          + " service: exp(150us)}}",
      "configs:",
      "  - {name: rr, policy: {id: basic.rr, settings: {sliceUs: 500}}}",
      "  - {name: rr-smt-off, policy: {id: basic.rr}, smt: off, baseline: rr}",
      "  - {name: gang, policy: {id: basic.gang}, baseline: rr}",
      "");

  static Scenario scenario(String text) {
    return ScenarioParser.parse(text, "tiny.yaml", Path.of("."));
  }

  private static Comparison compare(String text, Optional<List<String>> configs, int seeds,
      int jobs) {
    Compare.Plan plan = Compare.plan(scenario(text),
        new Compare.Options(configs, seeds, jobs, true));
    return Compare.run(plan, ParallelRuns.Progress.NONE);
  }

  @Test
  void oneJobOrFour_identicalResultsJsonAndCsv() {
    Comparison one = compare(SCENARIO, Optional.empty(), 3, 1);
    Comparison four = compare(SCENARIO, Optional.empty(), 3, 4);
    assertThat(ResultsJson.text(four)).isEqualTo(ResultsJson.text(one));
    assertThat(ResultsCsv.text(four)).isEqualTo(ResultsCsv.text(one));
    assertThat(one.seeds()).containsExactly(11L, 12L, 13L);
    assertThat(ResultsJson.text(one)).contains("\"config\": \"gang\"")
        .contains("\"ratioToBaseline\": 1.0");
  }

  @Test
  void gangIsolates_rrDoesNotClaim_noViolation() {
    Comparison c = compare(SCENARIO, Optional.empty(), 2, 2);
    ConfigResult rr = c.configs().get(0);
    ConfigResult gang = c.configs().get(2);
    assertThat(rr.isolation().claim()).isEqualTo("none");
    assertThat(rr.isolation().guestGuestNs().max()).isPositive();
    assertThat(gang.isolation().claim()).isEqualTo("core");
    assertThat(gang.isolation().guestGuestNs().max()).isZero();
    assertThat(c.violations()).isEmpty();
    assertThat(c.verdicts().lines()).anyMatch(l -> l.startsWith("gang is ")
        && l.endsWith("than rr-smt-off, with zero cross-VM exposure"));
    assertThat(c.timelines()).containsOnlyKeys("rr", "rr-smt-off", "gang");
    assertThat(c.timelines().get("rr-smt-off").cpus()).containsExactly(0, 1);
  }

  @Test
  void requestWorkload_latencyHistogramKept() {
    Comparison c = compare(SCENARIO, Optional.of(List.of("rr")), 1, 1);
    RunRecord.DomainFigures vm2 = c.configs().get(0).runs().get(0).domains().get(1);
    assertThat(vm2.latency()).isPresent();
    assertThat(vm2.latency().get().getTotalCount()).isPositive();
    assertThat(c.configs().get(0).summary().get(0).stats().ci95()).isZero();
  }

  @Test
  void claimWithExposure_violationNamesConfigAndSeed() {
    String leaky = SCENARIO.replace("{name: gang, policy: {id: basic.gang}, baseline: rr}",
        "{name: leaky, policy: {id: test.leaky-claim}, baseline: rr}");
    Comparison c = compare(leaky, Optional.of(List.of("leaky")), 2, 2);
    assertThat(c.violations()).hasSize(2);
    assertThat(c.violations().get(0)).startsWith("configuration leaky, seed 11:"
        + " guest/guest exposure on a claimed core: CPUs");
    assertThat(c.verdicts().lines().get(1)).endsWith("despite its isolation claim");
  }

  @Test
  void configurationSettings_exact_scenarioPolicyNotInherited() {
    String withPolicy = SCENARIO.replace("seed: 11\n",
        "seed: 11\npolicy: {id: basic.rr, settings: {sliceUs: 200}}\n");
    Comparison c = compare(withPolicy, Optional.of(List.of("rr-smt-off")), 1, 1);
    assertThat(c.configs().get(0).runs().get(0).json().path("settings").path("sliceUs").asLong())
        .isEqualTo(500);
    assertThat(c.configs().get(1).runs().get(0).json().path("settings").path("sliceUs").asLong())
        .isEqualTo(1000);
    assertThat(c.configs().get(1).runs().get(0).json().path("smt").asText()).isEqualTo("off");
  }

  @Test
  void badSetting_inputErrorBeforeAnyRun() {
    String bad = SCENARIO.replace("settings: {sliceUs: 500}", "settings: {sliceUs: -1}");
    assertThatThrownBy(() -> Compare.plan(scenario(bad),
        new Compare.Options(Optional.empty(), 1, 1, false)))
        .isInstanceOf(InputException.class).hasMessageContaining("sliceUs");
  }

  @Test
  void unknownPolicy_inputError() {
    String bad = SCENARIO.replace("{id: basic.gang}", "{id: no.such}");
    assertThatThrownBy(() -> Compare.plan(scenario(bad),
        new Compare.Options(Optional.empty(), 1, 1, false)))
        .isInstanceOf(InputException.class).hasMessageContaining("no.such");
  }
}
