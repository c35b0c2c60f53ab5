package org.hvsched.harness.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.hvsched.harness.scenario.Scenario;
import org.hvsched.harness.scenario.ScenarioParser;
import org.hvsched.topology.InputException;
import org.junit.jupiter.api.Test;

/** validate's rendering fills in every default and reads back to the same scenario. */
final class ScenarioYamlTest {

  private static Scenario parse(String yaml) {
    return ScenarioParser.parse(yaml, "v.yaml", Path.of("."));
  }

  @Test
  void render_fillsDefaultsAndResolvedSettings() {
    String out = ScenarioYaml.render(parse("name: v\ntopology: 1x2x2\nduration: 1s\n"
        + "policy: basic.rr\ndomains: [{name: a, vcpus: 2}]\n"));
    assertThat(out).isEqualTo("""
        name: v
        description: ""
        topology: 1x2x2
        smt: "on"
        duration: 1s
        warmup: 0s
        seed: 1
        policy:
          id: basic.rr
          settings:
            sliceUs: 1000
        host:
          contextSwitch: 2us
          ipiLatency: 1us
          rendezvous: 1us
          interruptRate: 0/s
          interruptCost: exp(5us)
        pools:
          - name: pool0
            cpus: 0-3
        domains:
          - name: a
            vcpus: 2
            weight: 256
            cap: 0
            affinity: 0-3
            softAffinity: 0-3
            pool: pool0
            trust: a
            workload:
              type: cpu-bound
              class: compute
              vcpus: 0-1
            threads: []
        """);
  }

  @Test
  void render_readsBackToTheSameRendering() {
    Scenario s = parse("""
        name: r
        topology: {spec: 1x4x2, numbering: xen}
        smt: off
        duration: 2s
        warmup: 100ms
        seed: 4
        policy: {id: basic.gang, settings: {sliceUs: 300}}
        host: {interruptRate: 2/ms, interruptCost: "uniform(1us,3us)"}
        pools: [{name: a, cpus: 0-3, policy: basic.rr}, {name: b, cpus: 4-7}]
        domains:
          - name: x
            vcpus: 2
            pool: a
            vcpuAffinity: {1: '2-3'}
            workload: {type: barrier, phase: "lognormal(1ms,0.5)", wait: spin, phases: 10}
            threads: [{name: emulator, workload: {type: periodic, period: 2ms, burst: 100us}}]
          - {name: y, vcpus: 4, pool: b, weight: 64, cap: 150,
             workload: {profile: mutilate, rate: 1000/s, class: memory}}
          - {name: z, vcpus: 1, pool: b, workload: {type: pipe, groups: 2}}
        configs: [kvm-coresched, {name: mine, policy: basic.rr, smt: on}]
        """);
    String once = ScenarioYaml.render(s);
    String twice = ScenarioYaml.render(parse(once));
    assertThat(twice).isEqualTo(once);
    assertThat(once).contains("sliceUs: 300").contains("vcpuAffinity:")
        .contains("profile: mutilate").contains("rate: 1000/s").contains("class: memory")
        .contains("configs:");
  }

  @Test
  void render_unknownPolicy_isAnInputError() {
    assertThatThrownBy(() -> ScenarioYaml.render(parse("name: v\ntopology: 1x2x2\n"
        + "duration: 1s\npolicy: {id: nope}\ndomains: [{name: a, vcpus: 1}]\n")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("v.yaml:4:9: policy: unknown policy 'nope'");
  }

  @Test
  void render_withoutPolicy_isFineForCompare() {
    assertThat(ScenarioYaml.render(parse("name: v\ntopology: 1x2x2\nduration: 1s\n"
        + "domains: [{name: a, vcpus: 1}]\nconfigs: [xen-core]\n")))
        .doesNotContain("policy:").contains("configs:\n  - xen-core\n");
  }
}
