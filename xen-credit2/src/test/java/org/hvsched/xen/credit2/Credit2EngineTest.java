package org.hvsched.xen.credit2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hvsched.harness.run.DomainResult;
import org.hvsched.harness.run.RunOverrides;
import org.hvsched.harness.run.RunResult;
import org.hvsched.harness.run.ScenarioRunner;
import org.hvsched.harness.scenario.ScenarioParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * credit2 end to end through the engine and the scenario runner (default host costs,
 * checkInvariants after every event): analytic shares, caps, isolation by granularity, xl import.
 */
final class Credit2EngineTest {

  static RunResult run(String yaml, Path dir) {
    return ScenarioRunner.run(ScenarioParser.parse(yaml, "t.yaml", dir),
        RunOverrides.none().withValidate(true));
  }

  static RunResult run(String yaml) {
    return run(yaml, Path.of("."));
  }

  private static DomainResult domain(RunResult r, String name) {
    return r.domains().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
  }

  /** Weights 256 and 512 on one CPU: 1:2 within 3% (switch costs are shared by both). */
  @Test
  void weights256And512_oneCpu_shareOneToTwo() {
    RunResult r = run("""
        name: weights
        topology: 1x1x1
        duration: 10s
        warmup: 1s
        policy: xen.credit2
        domains:
          - {name: light, vcpus: 1, weight: 256, workload: {type: cpu-bound}}
          - {name: heavy, vcpus: 1, weight: 512, workload: {type: cpu-bound}}
        """);
    double ratio = (double) domain(r, "heavy").stats().cpuNs()
        / domain(r, "light").stats().cpuNs();
    assertThat(ratio).isCloseTo(2.0, within(0.06));
  }

  /** Cap 50 on an otherwise idle CPU: half of it, within 2%; the rest of the time is parked. */
  @Test
  void cap50_aloneOnACpu_getsHalfOfIt() {
    RunResult r = run("""
        name: cap
        topology: 1x1x1
        duration: 5s
        policy: xen.credit2
        domains:
          - {name: capped, vcpus: 1, cap: 50, workload: {type: cpu-bound}}
        """);
    DomainResult d = domain(r, "capped");
    assertThat((double) d.stats().cpuNs() / r.durationNs()).isCloseTo(0.5, within(0.02));
    assertThat((double) d.stats().parkedNs() / r.durationNs()).isCloseTo(0.5, within(0.02));
  }

  private static final String TWO_VMS = """
      name: two-vms
      topology: 1x2x2
      duration: 2s
      policy: {id: xen.credit2, settings: {schedGran: %s}}
      domains:
        - {name: vm1, vcpus: 2, workload: {type: sleep-run, run: exp(300us), sleep: exp(200us)}}
        - {name: vm2, vcpus: 2, workload: {type: sleep-run, run: exp(300us), sleep: exp(200us)}}
        - {name: vm3, vcpus: 2, workload: {type: cpu-bound}}
      """;

  @Test
  void granCpu_exposesGuestsToEachOther_granCore_doesNot() {
    RunResult cpu = run(TWO_VMS.formatted("cpu"));
    RunResult core = run(TWO_VMS.formatted("core"));
    assertThat(cpu.isolation().claim()).isEqualTo("none");
    assertThat(cpu.isolation().guestGuestNs()).isPositive();
    assertThat(core.isolation().claim()).isEqualTo("core");
    assertThat(core.isolation().guestGuestNs()).isZero();
    assertThat(core.violation()).isEmpty();
    assertThat(core.domains()).allSatisfy(d -> assertThat(d.stats().cpuNs()).isPositive());
    assertThat(core.domains().stream().mapToLong(d -> d.stats().reservedIdleNs()).sum())
        .isPositive();
  }

  @Test
  void granSocket_runsAndIsolates() {
    RunResult r = run("""
        name: socket
        topology: 2x2x2
        duration: 1s
        policy: {id: xen.credit2, settings: {sched-gran: socket, credit2_runqueue: all}}
        domains:
          - {name: vm1, vcpus: 3, workload: {type: cpu-bound}}
          - {name: vm2, vcpus: 4, workload: {type: sleep-run, run: exp(1ms), sleep: exp(1ms)}}
        """);
    assertThat(r.isolation().claim()).isEqualTo("socket");
    assertThat(r.isolation().guestGuestNs()).isZero();
    assertThat(domain(r, "vm1").stats().cpuNs()).isPositive();
  }

  @Test
  void xlDomain_fromAFile_runs(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("vm1.cfg"), """
        name = "vm1"
        type = "pvh"
        memory = 1024
        vcpus = 2
        cpu_weight = 512
        cpus = "0-1"
        """);
    RunResult r = run("""
        name: xl
        topology: 1x2x1
        duration: 1s
        policy: xen.credit2
        domains:
          - {xl: vm1.cfg, workload: {type: cpu-bound}}
          - {name: other, vcpus: 2, workload: {type: cpu-bound}}
        """, dir);
    DomainResult vm1 = domain(r, "vm1");
    assertThat(vm1.vcpus()).isEqualTo(2);
    double ratio = (double) vm1.stats().cpuNs() / domain(r, "other").stats().cpuNs();
    assertThat(ratio).isCloseTo(2.0, within(0.1));
  }
}
