package org.hvsched.harness.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hvsched.harness.workload.Fixtures.metric;
import static org.hvsched.harness.workload.Fixtures.parse;
import static org.hvsched.harness.workload.Fixtures.run;

import org.junit.jupiter.api.Test;

/** Each workload type on dedicated full-speed CPUs gives the figure its definition implies. */
final class WorkloadOnIdealHostTest {
  private static final long MS = 1_000_000L;
  /** One second; runs end 1 ns later where an event falls on the last instant. */
  private static final long S = 1_000_000_000L;

  @Test
  void cpuBound_idealCpus_doesWorkEqualToMeasuredTime() {
    WorkloadResult r = run(parse("{type: cpu-bound}", 2), 2, 100 * MS, 1 * S, 1);
    assertThat(r.primary().name()).isEqualTo("work");
    assertThat(r.primary().value()).isEqualTo(2 * 900.0 * MS);
  }

  @Test
  void cpuBound_vcpuSubset_runsOnlyThere() {
    WorkloadResult r = run(parse("{type: cpu-bound, vcpus: '1-2'}", 4), 4, 0, S, 1);
    assertThat(r.primary().value()).isEqualTo(2.0 * S);
  }

  @Test
  void sleepRun_constantRunAndSleep_doesHalfTheWork() {
    WorkloadResult r = run(parse("{type: sleep-run, run: 1ms, sleep: 1ms}", 1), 1, 0, S, 1);
    assertThat(r.primary().value()).isEqualTo(500.0 * MS);
  }

  @Test
  void periodic_burstShorterThanPeriod_missesNoDeadline() {
    WorkloadResult r = run(parse("{type: periodic, period: 10ms, burst: 3ms}", 2), 2, 0, S, 1);
    assertThat(r.primary().name()).isEqualTo("deadlineMisses");
    assertThat(r.primary().value()).isZero();
    assertThat(metric(r, "responseP99")).isCloseTo(3.0 * MS, within(0.01 * MS));
  }

  @Test
  void periodic_burstLongerThanPeriod_missesEveryDeadline() {
    WorkloadResult r = run(parse("{type: periodic, period: 10ms, burst: 11ms}", 1), 1, 0, S, 1);
    assertThat(r.primary().value()).isEqualTo(100.0);
  }

  @Test
  void parallelJobs_nDedicatedVcpus_takesWorkOverN() {
    WorkloadResult r = run(parse("{type: parallel-jobs, jobs: 4, work: 1s, tasks: 400}", 4), 4,
        0, 2 * S, 1);
    assertThat(r.primary().name()).isEqualTo("makespan");
    assertThat(r.makespanNs()).hasValue(250 * MS);
  }

  @Test
  void parallelJobs_fewerJobsThanVcpus_takesWorkOverJobs() {
    WorkloadResult r = run(parse("{type: parallel-jobs, jobs: 2, work: 1s, tasks: 100}", 4), 4,
        0, 2 * S, 1);
    assertThat(r.makespanNs()).hasValue(500 * MS);
  }

  @Test
  void parallelJobs_startsAfterWarmup() {
    WorkloadResult r = run(parse("{type: parallel-jobs, jobs: 4, work: 400ms, tasks: 40}", 4), 4,
        300 * MS, S, 1);
    assertThat(r.makespanNs()).hasValue(100 * MS);
  }

  @Test
  void parallelJobs_repeat_measuresBuildsStartedInWindow() {
    WorkloadResult r = run(parse("{type: parallel-jobs, work: 400ms, tasks: 40, repeat: true}",
        4), 4, 150 * MS, S + 1, 1);
    assertThat(r.makespanNs()).hasValue(100 * MS);
    assertThat(metric(r, "builds")).isEqualTo(8);
  }

  @Test
  void parallelJobs_unfinished_isAnErrorNamingTheDomain() {
    WorkloadSpec spec = parse("{type: parallel-jobs, work: 10s, tasks: 100}", 2);
    assertThatThrownBy(() -> run(spec, 2, 0, S, 1))
        .isInstanceOf(UnfinishedWorkloadException.class).hasMessageStartingWith("vm1: ")
        .hasMessageContaining("raise duration");
  }

  @Test
  void barrier_constantPhase_runsAtThePhaseRate() {
    WorkloadResult r = run(parse("{type: barrier, phase: 2ms}", 4), 4, 0, S + 1, 1);
    assertThat(r.primary().name()).isEqualTo("phaseRate");
    assertThat(r.primary().value()).isCloseTo(500.0, within(1e-3));
  }

  @Test
  void barrier_spinAndBoundedPhases_stopsAfterThePhases() {
    WorkloadResult r = run(parse("{type: barrier, phase: 1ms, phases: 100, wait: spin}", 3), 3,
        0, S, 1);
    assertThat(metric(r, "phases")).isEqualTo(100);
  }

  @Test
  void barrier_randomPhases_isPacedByTheSlowestTask() {
    WorkloadResult r = run(parse("{type: barrier, phase: exp(1ms)}", 4), 4, 0, S, 3);
    assertThat(r.primary().value()).isBetween(300.0, 700.0);
  }

  @Test
  void pipe_onePairOneVcpu_runsEveryWriteAndReadInTurn() {
    WorkloadResult r = run(parse("{type: pipe, pairs: 1, messages: 10, work: 5us}", 1), 1, 0,
        S, 1);
    assertThat(r.makespanNs()).hasValue(20 * 5_000L);
    assertThat(metric(r, "messages")).isEqualTo(10);
  }

  @Test
  void pipe_manyVcpus_finishesWithinTotalWorkOverVcpus() {
    WorkloadSpec spec = parse("{type: pipe, groups: 2, pairs: 4, messages: 5, work: 10us}", 4);
    WorkloadResult r = run(spec, 4, 0, S, 1);
    long total = 2L * 4 * 4 * 5 * 2 * 10_000;
    assertThat(r.makespanNs().getAsLong()).isBetween(total / 4, total / 2);
  }

  @Test
  void requestResponse_mm1_meanResponseIsOneOverMuMinusLambda() {
    WorkloadSpec spec = parse("{type: request-response, rate: 5000/s, service: exp(100us)}", 1);
    WorkloadResult r = run(spec, 1, S, 21 * S, 7);
    assertThat(metric(r, "latencyMean")).isCloseTo(200_000, within(10_000.0));
    assertThat(metric(r, "throughput")).isCloseTo(5000, within(100.0));
    assertThat(r.requests()).isPresent();
  }

  @Test
  void requestResponse_perVcpuQueues_waitsLongerThanShared() {
    String body = "rate: 15000/s, service: exp(200us)}";
    WorkloadResult shared = run(parse("{type: request-response, " + body, 4), 4, S, 6 * S, 3);
    WorkloadResult perVcpu = run(parse("{type: request-response, queue: per-vcpu, " + body, 4),
        4, S, 6 * S, 3);
    assertThat(metric(perVcpu, "latencyMean")).isGreaterThan(metric(shared, "latencyMean"));
  }

  @Test
  void closedLoop_oneClient_completesOneRequestPerThinkPlusService() {
    WorkloadSpec spec = parse("{type: closed-loop, clients: 1, think: 300us, service: 200us}",
        1);
    WorkloadResult r = run(spec, 1, 0, S + 1, 1);
    assertThat(r.primary().name()).isEqualTo("throughput");
    assertThat(r.primary().value()).isCloseTo(2000.0, within(1e-3));
    assertThat(r.requests().orElseThrow().p50Ns()).isCloseTo(200_000L, within(200L));
  }
}
