package org.hvsched.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.hvsched.harness.run.DomainResult;
import org.hvsched.harness.run.RunOverrides;
import org.hvsched.harness.run.RunResult;
import org.hvsched.harness.run.ScenarioRunner;
import org.hvsched.harness.scenario.ScenarioParser;
import org.hvsched.harness.workload.ParamDoc;
import org.hvsched.harness.workload.WorkloadSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every profile of spec.md's table exists, documents itself and reports its primary metric. */
final class ProfilesTest {

  @Test
  void registry_listsTheSpecProfilesInOrder() {
    assertThat(Profiles.all()).extracting(Profile::name).containsExactly("kernbench",
        "hackbench", "stream", "mutilate", "netperf-rr", "cpu-hog");
    for (Profile p : Profiles.all()) {
      assertThat(p.description()).isNotBlank();
      assertThat(p.calibration()).isNotBlank();
      assertThat(p.params()).isNotEmpty().allSatisfy((ParamDoc d) -> {
        assertThat(d.defaultValue()).isNotBlank();
        assertThat(d.meaning()).isNotBlank();
      });
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "{profile: kernbench, work: 200ms, tasks: 40}; makespan; ns; false",
      "{profile: hackbench, groups: 1, messages: 10}; makespan; ns; false",
      "{profile: stream}; bandwidth; MB/s; true",
      "{profile: mutilate}; throughput; ops/s; true",
      "{profile: mutilate, rate: 20000/s}; throughput; ops/s; true",
      "{profile: netperf-rr}; latency; ns; false",
      "{profile: cpu-hog, busy: 2, duty: 50%}; work; ns; true"})
  void profile_runsAndReportsItsPrimaryMetricFirst(String workload, String metric, String unit,
      boolean higherIsBetter) {
    RunResult r = ScenarioRunner.run(ScenarioParser.parse("name: p\ntopology: 1x2x2\n"
        + "duration: 400ms\nwarmup: 100ms\npolicy: basic.rr\n"
        + "domains: [{name: vm1, vcpus: 4, workload: " + workload + "}]\n", "p.yaml",
        Path.of(".")), RunOverrides.none());
    DomainResult d = r.domains().get(0);
    assertThat(d.primary().name()).isEqualTo(metric);
    assertThat(d.primary().unit()).isEqualTo(unit);
    assertThat(d.primary().higherIsBetter()).isEqualTo(higherIsBetter);
    assertThat(d.primary().value()).isPositive();
    String name = workload.replaceAll("^\\{profile: ([a-z-]+).*$", "$1");
    Profile declared = Profiles.byName(name).orElseThrow();
    assertThat(declared.primaryMetric()).isEqualTo(metric);
    assertThat(declared.unit()).isEqualTo(unit);
    assertThat(declared.higherIsBetter()).isEqualTo(higherIsBetter);
  }

  @Test
  void stream_fullSpeedAlone_movesThreadBandwidthPerThread() {
    RunResult r = ScenarioRunner.run(ScenarioParser.parse("name: p\ntopology: 1x2x1\n"
        + "duration: 200ms\npolicy: basic.rr\ndomains: [{name: vm1, vcpus: 2,"
        + " workload: {profile: stream, threadBandwidth: 5000}}]\n", "p.yaml", Path.of(".")),
        RunOverrides.none());
    assertThat(r.domains().get(0).primary().value()).isBetween(9_900.0, 10_000.0);
  }

  @Test
  void defaults_resolveAgainstTheDomainSize() {
    WorkloadSpec k = ScenarioParser.parse("name: p\ntopology: 1x2x2\nduration: 1s\n"
        + "domains: [{name: vm1, vcpus: 3, workload: {profile: kernbench}}]\n", "p.yaml",
        Path.of(".")).domains().get(0).workload();
    Map<String, Object> resolved = k.resolved();
    assertThat(resolved).containsEntry("profile", "kernbench").containsEntry("jobs", 6L)
        .containsEntry("work", "8s").containsEntry("tasks", 400L)
        .containsEntry("class", "mixed").containsEntry("vcpus", "0-2");
    assertThat(k.makespan()).isTrue();
  }
}
