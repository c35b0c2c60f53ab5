package org.hvsched.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hvsched.api.TaskKind;
import org.hvsched.core.HostCosts;
import org.hvsched.core.random.Distribution;
import org.hvsched.harness.workload.CpuBound;
import org.hvsched.harness.workload.RequestResponse;
import org.hvsched.harness.workload.SleepRun;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InterferenceClass;
import org.junit.jupiter.api.Test;

/** A scenario is read with every key of spec.md section 3 and every documented default. */
final class ScenarioParserTest {

  static Scenario parse(String yaml) {
    return ScenarioParser.parse(yaml, "s.yaml", Path.of("."));
  }

  @Test
  void minimal_fillsEveryDefault() {
    Scenario s = parse("name: t\ntopology: 1x4x2\nduration: 1s\n"
        + "domains: [{name: vm1, vcpus: 2}]\n");
    assertThat(s.smt()).isTrue();
    assertThat(s.warmupNs()).isZero();
    assertThat(s.seed()).isEqualTo(1);
    assertThat(s.policy()).isEmpty();
    assertThat(s.host()).isEqualTo(HostCosts.defaults());
    assertThat(s.pools()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("pool0");
      assertThat(p.cpus().toString()).isEqualTo("0-7");
    });
    DomainDef d = s.domains().get(0);
    assertThat(d.weight()).isEqualTo(256);
    assertThat(d.capPercent()).isZero();
    assertThat(d.affinity().toString()).isEqualTo("0-7");
    assertThat(d.softAffinity().toString()).isEqualTo("0-7");
    assertThat(d.pool()).isEqualTo("pool0");
    assertThat(d.trust()).isEqualTo("vm1");
    assertThat(d.workload()).isInstanceOf(CpuBound.class);
    assertThat(d.workload().common().cls()).isEqualTo(InterferenceClass.COMPUTE);
    assertThat(d.threads()).isEmpty();
    assertThat(s.configs()).isEmpty();
  }

  @Test
  void specExample_readsEveryKey() {
    Scenario s = parse("""
        name: two-vms
        description: text
        topology: {spec: 1x4x2, numbering: xen}
        smt: off
        duration: 10s
        warmup: 500ms
        seed: 7
        policy: {id: basic.rr, settings: {sliceUs: 500}}
        host:
          contextSwitch: 3us
          ipiLatency: 1500ns
          rendezvous: 2us
          interruptRate: 100/ms
          interruptCost: exp(5us)
        pools:
          - {name: p0, cpus: "0-3", policy: {id: basic.gang}}
          - {name: p1, cpus: "4-7"}
        domains:
          - name: vm1
            vcpus: 4
            weight: 512
            cap: 150
            affinity: 0-3
            softAffinity: 0-1
            pool: p0
            trust: tenantA
            workload: {type: request-response, rate: 2000/s, service: exp(100us), queue: per-vcpu}
            threads:
              - {name: emulator, workload: {type: sleep-run, run: exp(50us), sleep: exp(2ms)}}
              - {name: iothread1, kind: io-thread, affinity: "2"}
          - {name: vm2, vcpus: 2, pool: p1, workload: {profile: kernbench, jobs: 8}}
        configs: [xen-core, {name: my, policy: {id: basic.gang}, smt: on, baseline: xen-smt-on}]
        """);
    assertThat(s.description()).isEqualTo("text");
    assertThat(s.topologySource()).isEqualTo(new HostSource.Synthetic("1x4x2,numbering=xen"));
    assertThat(s.topology().siblingsOf(0).toString()).isEqualTo("0-1");
    assertThat(s.smt()).isFalse();
    assertThat(s.durationNs()).isEqualTo(10_000_000_000L);
    assertThat(s.warmupNs()).isEqualTo(500_000_000L);
    assertThat(s.seed()).isEqualTo(7);
    assertThat(s.policy().orElseThrow().settings()).containsEntry("sliceUs", "500");
    assertThat(s.host()).isEqualTo(new HostCosts(3_000, 1_500, 2_000, 100_000,
        new Distribution.Exp(5_000)));
    assertThat(s.pools()).extracting(PoolDef::name).containsExactly("p0", "p1");
    assertThat(s.pools().get(0).policy().orElseThrow().id()).isEqualTo("basic.gang");
    DomainDef vm1 = s.domains().get(0);
    assertThat(vm1.weight()).isEqualTo(512);
    assertThat(vm1.capPercent()).isEqualTo(150);
    assertThat(vm1.affinity().toString()).isEqualTo("0-3");
    assertThat(vm1.softAffinity().toString()).isEqualTo("0-1");
    assertThat(vm1.trust()).isEqualTo("tenantA");
    assertThat(vm1.workload()).isInstanceOfSatisfying(RequestResponse.class, w -> {
      assertThat(w.ratePerSec()).isEqualTo(2000);
      assertThat(w.perVcpu()).isTrue();
    });
    assertThat(vm1.threads()).hasSize(2);
    assertThat(vm1.threads().get(0).kind()).isEqualTo(TaskKind.EMULATOR);
    assertThat(vm1.threads().get(0).workload()).isInstanceOf(SleepRun.class);
    assertThat(vm1.threads().get(1).kind()).isEqualTo(TaskKind.IO_THREAD);
    assertThat(vm1.threads().get(1).affinity().map(CpuSet::toString)).contains("2");
    assertThat(s.domains().get(1).workload().name()).isEqualTo("kernbench");
    assertThat(s.configs()).hasSize(2);
    assertThat(s.configs().get(1)).isInstanceOfSatisfying(ConfigRef.Custom.class, c -> {
      assertThat(c.smt()).contains(true);
      assertThat(c.baseline()).contains("xen-smt-on");
    });
  }

  @Test
  void smt_acceptsBooleansAndWords() {
    String base = "name: t\ntopology: 1x2x2\nduration: 1s\ndomains: [{name: a, vcpus: 1}]\n";
    assertThat(parse(base + "smt: off\n").smt()).isFalse();
    assertThat(parse(base + "smt: false\n").smt()).isFalse();
    assertThat(parse(base + "smt: \"on\"\n").smt()).isTrue();
    assertThat(parse(base + "smt: true\n").smt()).isTrue();
  }

  @Test
  void policy_bareIdIsAccepted() {
    Scenario s = parse("name: t\ntopology: 1x2x2\nduration: 1s\npolicy: basic.rr\n"
        + "domains: [{name: a, vcpus: 1}]\n");
    assertThat(s.policy().orElseThrow().id()).isEqualTo("basic.rr");
    assertThat(s.policy().orElseThrow().settings()).isEmpty();
  }

  @Test
  void topologyFile_isReadRelativeToTheScenario(@org.junit.jupiter.api.io.TempDir Path dir)
      throws java.io.IOException {
    java.nio.file.Files.writeString(dir.resolve("host.txt"), "2x2x2\n");
    Scenario s = ScenarioParser.parse("name: t\ntopology: {file: host.txt}\nduration: 1s\n"
        + "domains: [{name: a, vcpus: 1}]\n", "s.yaml", dir);
    assertThat(s.topology().cpuCount()).isEqualTo(8);
    assertThat(s.topologySource()).isEqualTo(new HostSource.FromFile("host.txt",
        java.util.Optional.empty()));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScenarioParser.parse(
        "name: t\ntopology: {file: host.txt, kind: vmware}\nduration: 1s\n"
            + "domains: [{name: a, vcpus: 1}]\n", "s.yaml", dir))
        .hasMessageStartingWith("s.yaml:2:34: topology.kind: unknown topology kind 'vmware'");
  }

  @Test
  void vcpuAffinity_extensionPinsEachVcpu() {
    Scenario s = parse("name: t\ntopology: 1x2x2\nduration: 1s\n"
        + "domains: [{name: a, vcpus: 2, vcpuAffinity: {0: '1', 1: '2-3'}}]\n");
    assertThat(s.domains().get(0).vcpuAffinity(0).toString()).isEqualTo("1");
    assertThat(s.domains().get(0).vcpuAffinity(1).toString()).isEqualTo("2-3");
  }
}
