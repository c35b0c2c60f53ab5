package org.hvsched.harness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.hvsched.harness.scenario.ScenarioParser;
import org.hvsched.harness.workload.Metric;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's analytic checks, end to end through the engine with {@code basic.rr}: on dedicated
 * CPUs a workload performs as queueing theory or arithmetic says, within stated tolerances.
 */
final class AnalyticChecksTest {

  static RunResult run(String yaml) {
    return ScenarioRunner.run(ScenarioParser.parse(yaml, "t.yaml", Path.of(".")),
        RunOverrides.none().withValidate(true));
  }

  static double metric(RunResult r, String name) {
    return r.domains().get(0).metrics().stream().filter(m -> m.name().equals(name))
        .mapToDouble(Metric::value).findFirst().orElseThrow();
  }

  /**
   * M/M/1 on one dedicated CPU with free switches: lambda 5000/s, mu 10000/s, mean response
   * 1/(mu - lambda) = 200 us. Tolerance 5%: 100,000 requests at utilisation 0.5 give a standard
   * error of the mean near 1%.
   */
  @Test
  void mm1_dedicatedCpu_meanResponseIsOneOverMuMinusLambda() {
    RunResult r = run("""
        name: mm1
        topology: 1x1x1
        duration: 21s
        warmup: 1s
        policy: basic.rr
        host: {contextSwitch: 0, ipiLatency: 0, rendezvous: 0}
        domains:
          - {name: vm1, vcpus: 1, workload: {type: request-response, rate: 5000/s,
             service: exp(100us)}}
        """);
    assertThat(metric(r, "latencyMean")).isCloseTo(200_000, within(10_000.0));
    assertThat(r.domains().get(0).requests().orElseThrow().opsPerSec())
        .isCloseTo(5000, within(100.0));
  }

  /**
   * A build of W = 1 s of work on N = 4 dedicated vCPUs (no SMT) takes W/N = 250 ms; with the
   * default switch and IPI costs (a few microseconds at start) within 1%.
   */
  @Test
  void parallelBuild_dedicatedVcpus_takesWorkOverVcpus() {
    RunResult r = run("""
        name: build
        topology: 1x4x1
        duration: 1s
        policy: basic.rr
        domains:
          - {name: vm1, vcpus: 4, workload: {type: parallel-jobs, jobs: 4, work: 1s, tasks: 400}}
        """);
    assertThat(r.domains().get(0).makespanNs().getAsLong())
        .isCloseTo(250_000_000L, within(2_500_000L));
  }

  /**
   * A barrier of 4 vCPUs with 1 ms phases on 4 idle CPUs runs 1000 phases/s; each phase pays a
   * wake-up (IPI + switch, about 3 us with the defaults), so within 1%.
   */
  @Test
  void barrier_idleCpus_runsAtThePhaseRate() {
    RunResult r = run("""
        name: barrier
        topology: 1x4x1
        duration: 2s
        warmup: 100ms
        policy: basic.rr
        domains:
          - {name: vm1, vcpus: 4, workload: {type: barrier, phase: 1ms}}
        """);
    assertThat(metric(r, "phaseRate")).isCloseTo(1000, within(10.0));
  }
}
