package org.hvsched.harness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hvsched.api.Task;
import org.hvsched.api.TaskKind;
import org.hvsched.core.stats.DomainStats;
import org.hvsched.harness.scenario.Scenario;
import org.hvsched.harness.scenario.ScenarioParser;
import org.hvsched.harness.workload.UnfinishedWorkloadException;
import org.hvsched.topology.InputException;
import org.junit.jupiter.api.Test;

/** A scenario becomes the right domains, tasks, pools and settings, and its results add up. */
final class ScenarioRunnerTest {
  private static final String TWO_VMS = """
      name: two
      topology: 1x2x2
      duration: 300ms
      warmup: 50ms
      policy: {id: basic.rr, settings: {sliceUs: 1000}}
      domains:
        - {name: vm1, vcpus: 3}
        - name: vm2
          vcpus: 3
          workload: {type: sleep-run, run: exp(300us), sleep: exp(300us)}
          threads:
            - {name: emulator}
            - {name: io1, affinity: '1,3'}
      """;

  static Scenario parse(String yaml) {
    return ScenarioParser.parse(yaml, "t.yaml", Path.of("."));
  }

  @Test
  void plan_tasksInScenarioOrderWithLinuxIds() {
    RunPlan p = ScenarioRunner.plan(parse(TWO_VMS), RunOverrides.none());
    assertThat(p.domains()).extracting(d -> d.id() + ":" + d.name())
        .containsExactly("0:vm1", "1:vm2");
    List<Task> t = p.tasks();
    assertThat(t).extracting(Task::name).containsExactly("vm1/vcpu0", "vm1/vcpu1", "vm1/vcpu2",
        "vm2/vcpu0", "vm2/vcpu1", "vm2/vcpu2", "vm2/emulator", "vm2/io1");
    assertThat(t).extracting(Task::id).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    assertThat(t.get(0).tgid()).isEqualTo(1000);
    assertThat(t.get(0).pid()).isEqualTo(1001);
    assertThat(t.get(3).tgid()).isEqualTo(1004);
    assertThat(t.get(6).kind()).isEqualTo(TaskKind.EMULATOR);
    assertThat(t.get(6).pid()).isEqualTo(1004);
    assertThat(t.get(7).pid()).isEqualTo(1008);
    assertThat(t.get(7).hardAffinity().toString()).isEqualTo("1,3");
    assertThat(t).extracting(Task::pid).doesNotHaveDuplicates();
  }

  @Test
  void run_timeIsConservedPerDomainAndHost() {
    RunResult r = ScenarioRunner.run(parse(TWO_VMS), RunOverrides.none().withValidate(true));
    assertThat(r.durationNs()).isEqualTo(250_000_000L);
    for (DomainResult d : r.domains()) {
      DomainStats s = d.stats();
      assertThat(s.cpuNs() + s.waitNs() + s.parkedNs() + s.blockedNs())
          .isEqualTo((long) d.tasks() * r.durationNs());
    }
    assertThat(r.host().busyNs() + r.host().idleNs() + r.host().forcedIdleNs()
        + r.host().reservedIdleNs()).isEqualTo(4L * r.durationNs());
    assertThat(r.domains().get(1).tasks()).isEqualTo(5);
  }

  @Test
  void overrides_policySetSeedDurationAndSmt() {
    RunOverrides o = RunOverrides.none().withPolicy("basic.gang")
        .withSet(Map.of("sliceUs", "500")).withSeed(9).withDurationNs(200_000_000L)
        .withSmt(false).withConfig("mine");
    RunResult r = ScenarioRunner.run(parse(TWO_VMS), o);
    assertThat(r.policy()).isEqualTo("basic.gang");
    assertThat(r.settings()).containsEntry("sliceUs", 500L);
    assertThat(r.seed()).isEqualTo(9);
    assertThat(r.durationNs()).isEqualTo(150_000_000L);
    assertThat(r.smt()).isEqualTo("off");
    assertThat(r.host().cpus()).isEqualTo(2);
    assertThat(r.config()).contains("mine");
  }

  @Test
  void samePolicyId_keepsTheScenarioSettings() {
    String yaml = TWO_VMS.replace("sliceUs: 1000", "sliceUs: 700");
    RunPlan p = ScenarioRunner.plan(parse(yaml), RunOverrides.none().withPolicy("basic.rr"));
    assertThat(p.settings()).containsEntry("sliceUs", 700L);
  }

  @Test
  void configurationPolicy_replacesTheScenarioSettingsExactly() {
    String yaml = TWO_VMS.replace("sliceUs: 1000", "sliceUs: 700");
    RunPlan p = ScenarioRunner.plan(parse(yaml), RunOverrides.none().withPolicy(
        new org.hvsched.harness.scenario.PolicyRef("basic.rr", Map.of(), "configs[0].policy",
            new org.hvsched.harness.yaml.Location("t.yaml", 0, 0))));
    assertThat(p.settings()).containsEntry("sliceUs", 1000L);
  }

  @Test
  void badSet_isAnInputErrorNamingSet() {
    assertThatThrownBy(() -> ScenarioRunner.plan(parse(TWO_VMS),
        RunOverrides.none().withSet(Map.of("quantum", "3"))))
        .isInstanceOf(InputException.class)
        .hasMessage("--set: policy basic.rr: unknown setting 'quantum' for policy basic.rr;"
            + " expected one of: sliceUs");
  }

  @Test
  void badScenarioSetting_namesThePolicyKey() {
    String yaml = TWO_VMS.replace("sliceUs: 1000", "sliceUs: 0");
    assertThatThrownBy(() -> ScenarioRunner.plan(parse(yaml), RunOverrides.none()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("t.yaml:5:9: policy.settings: setting sliceUs: 0 is out of range");
  }

  @Test
  void unknownPolicy_listsTheKnownOnes() {
    String yaml = TWO_VMS.replace("id: basic.rr", "id: cfs");
    assertThatThrownBy(() -> ScenarioRunner.plan(parse(yaml), RunOverrides.none()))
        .hasMessageStartingWith("t.yaml:5:9: policy: unknown policy 'cfs'; expected one of:")
        .hasMessageContaining("basic.rr");
  }

  @Test
  void unknownPolicyOnTheCommandLine_namesTheOption() {
    assertThatThrownBy(() -> ScenarioRunner.plan(parse(TWO_VMS),
        RunOverrides.none().withPolicy("nope")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("--policy: unknown policy 'nope'; expected one of: ");
  }

  @Test
  void noPolicy_isAnInputError() {
    String yaml = TWO_VMS.replace("policy: {id: basic.rr, settings: {sliceUs: 1000}}\n", "");
    assertThatThrownBy(() -> ScenarioRunner.plan(parse(yaml), RunOverrides.none()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("t.yaml: policy: missing for pool pool0");
  }

  @Test
  void warmupNotShorterThanDurationOverride_isAnInputError() {
    assertThatThrownBy(() -> ScenarioRunner.plan(parse(TWO_VMS),
        RunOverrides.none().withDurationNs(50_000_000L)))
        .hasMessage("--duration: found 50ms, expected more than the scenario's warmup of 50ms");
  }

  @Test
  void affinityOutsideThePoolInTheSmtOffView_isAnInputError() {
    Scenario s = parse("""
        name: t
        topology: 1x2x2
        duration: 100ms
        policy: basic.rr
        pools: [{name: a, cpus: '0,2'}, {name: b, cpus: '1,3'}]
        domains:
          - {name: vm1, vcpus: 1, pool: a, affinity: '2'}
        """);
    assertThat(ScenarioRunner.plan(s, RunOverrides.none()).tasks().get(0).hardAffinity()
        .toString()).isEqualTo("2");
    assertThatThrownBy(() -> ScenarioRunner.plan(s, RunOverrides.none().withSmt(false)))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("t.yaml:7:46: domain vm1: affinity 2 has no CPU in pool a (0,"
            + " SMT off)");
  }

  @Test
  void pools_ownPoliciesAndResults() {
    Scenario s = parse("""
        name: t
        topology: 1x2x2
        duration: 100ms
        policy: basic.rr
        pools: [{name: a, cpus: '0,2', policy: basic.gang}, {name: b, cpus: '1,3'}]
        domains:
          - {name: vm1, vcpus: 1, pool: a}
          - {name: vm2, vcpus: 1, pool: b}
        """);
    RunResult r = ScenarioRunner.run(s, RunOverrides.none());
    assertThat(r.policy()).isEqualTo("basic.rr");
    assertThat(r.pools()).extracting(p -> p.name() + "=" + p.policy() + "@" + p.cpus())
        .containsExactly("a=basic.gang@0,2", "b=basic.rr@1,3");
    assertThat(r.poolsDeclared()).isTrue();
  }

  @Test
  void unfinishedMakespan_namesTheDomain() {
    Scenario s = parse("""
        name: t
        topology: 1x1x1
        duration: 100ms
        policy: basic.rr
        domains: [{name: build, vcpus: 1, workload: {type: parallel-jobs, work: 1s}}]
        """);
    assertThatThrownBy(() -> ScenarioRunner.run(s, RunOverrides.none()))
        .isInstanceOf(UnfinishedWorkloadException.class)
        .hasMessageStartingWith("build: parallel-jobs did not finish");
  }
}
