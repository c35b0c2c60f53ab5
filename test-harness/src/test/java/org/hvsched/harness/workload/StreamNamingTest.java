package org.hvsched.harness.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hvsched.harness.workload.Fixtures.parse;

import java.util.List;
import org.hvsched.api.Task;
import org.junit.jupiter.api.Test;

/** Workloads draw only from streams named by (task or VM, purpose), as the docs list them. */
final class StreamNamingTest {

  private static List<String> streamsOf(String yaml, int vcpus) {
    WorkloadSpec spec = parse(yaml, vcpus);
    List<Task> tasks = IdealHost.vcpus("vm1", vcpus);
    WorkloadEnv env = new WorkloadEnv("vm1", tasks, 0, 10_000_000L);
    IdealHost host = new IdealHost(1);
    host.run(spec.start(env), env);
    return host.streams;
  }

  @Test
  void sleepRun_streamsPerTaskAndPurpose() {
    assertThat(streamsOf("{type: sleep-run}", 2)).containsExactly("vm1/vcpu0/run",
        "vm1/vcpu0/sleep", "vm1/vcpu1/run", "vm1/vcpu1/sleep");
  }

  @Test
  void periodicAndBarrier_oneStreamPerTask() {
    assertThat(streamsOf("{type: periodic}", 2)).containsExactly("vm1/vcpu0/burst",
        "vm1/vcpu1/burst");
    assertThat(streamsOf("{type: barrier}", 2)).containsExactly("vm1/vcpu0/phase",
        "vm1/vcpu1/phase");
  }

  @Test
  void requestResponse_vmLevelStreams() {
    assertThat(streamsOf("{type: request-response}", 3)).containsExactly("vm1/arrivals",
        "vm1/service", "vm1/dispatch");
  }

  @Test
  void closedLoop_streamsPerClient() {
    assertThat(streamsOf("{type: closed-loop, clients: 2}", 1)).containsExactly(
        "vm1/client0/think", "vm1/client0/service", "vm1/client1/think", "vm1/client1/service");
  }

  @Test
  void parallelJobsAndPipe_drawNothing() {
    assertThat(streamsOf("{type: parallel-jobs, work: 1ms, tasks: 10}", 2)).isEmpty();
    assertThat(streamsOf("{type: pipe, pairs: 2, messages: 2}", 2)).isEmpty();
  }

  @Test
  void parallelJobsWithSpread_oneVmStreamForPieces() {
    assertThat(streamsOf("{type: parallel-jobs, work: 1ms, tasks: 10, spread: 0.8}", 2))
        .containsExactly("vm1/pieces");
  }

  @Test
  void parallelJobsWithSpread_makespanDependsOnSeed() {
    String yaml = "{type: parallel-jobs, jobs: 4, work: 400ms, tasks: 40, spread: 0.8}";
    WorkloadResult a = Fixtures.run(parse(yaml, 4), 4, 0, 2_000_000_000L, 1);
    WorkloadResult b = Fixtures.run(parse(yaml, 4), 4, 0, 2_000_000_000L, 1);
    WorkloadResult c = Fixtures.run(parse(yaml, 4), 4, 0, 2_000_000_000L, 2);
    assertThat(a).isEqualTo(b);
    assertThat(a.makespanNs()).isNotEqualTo(c.makespanNs());
    assertThat(a.makespanNs().getAsLong()).isGreaterThan(100_000_000L);
  }

  @Test
  void requestResponse_sameSeed_sameResultWhateverTheVcpuCount() {
    WorkloadResult a = Fixtures.run(parse("{type: request-response, rate: 2000/s}", 2), 2, 0,
        1_000_000_000L, 5);
    WorkloadResult b = Fixtures.run(parse("{type: request-response, rate: 2000/s}", 2), 2, 0,
        1_000_000_000L, 5);
    WorkloadResult c = Fixtures.run(parse("{type: request-response, rate: 2000/s}", 8), 8, 0,
        1_000_000_000L, 5);
    assertThat(a).isEqualTo(b);
    assertThat(Fixtures.metric(c, "throughput")).isEqualTo(Fixtures.metric(a, "throughput"));
  }
}
