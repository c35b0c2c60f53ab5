package org.hvsched.harness.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hvsched.harness.compare.Fixtures.makespan;
import static org.hvsched.harness.compare.Fixtures.named;
import static org.hvsched.harness.compare.Fixtures.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.hvsched.core.SimulationException;
import org.hvsched.topology.InputException;
import org.junit.jupiter.api.Test;

/** Parallel runs: results in (configuration, seed) order and failures chosen by that order. */
final class ParallelRunsTest {
  private static final List<Configuration> CONFIGS = List.of(named("xen-smt-on"),
      named("xen-core"), named("kvm-smt-on"));
  private static final List<Long> SEEDS = List.of(11L, 12L, 13L, 14L);

  /** Finishes runs out of order: later runs are quicker. */
  private static RunRecord slowFirst(Configuration c, long seed) throws InterruptedException {
    Thread.sleep((14 - seed) * 3L + (c.name().length() % 3));
    return run(c, seed, makespan("vm1", seed * 100 + c.name().length()));
  }

  private static List<String> keys(ParallelRuns.Outcome o) {
    return o.runs().stream().map(r -> r.config().name() + "@" + r.seed()).toList();
  }

  @Test
  void anyJobCount_sameOrder() {
    ParallelRuns.Outcome one = ParallelRuns.run("s", CONFIGS, SEEDS, 1, Optional.empty(),
        (c, seed, trace) -> slowFirst(c, seed), ParallelRuns.Progress.NONE);
    ParallelRuns.Outcome four = ParallelRuns.run("s", CONFIGS, SEEDS, 4, Optional.empty(),
        (c, seed, trace) -> slowFirst(c, seed), ParallelRuns.Progress.NONE);
    assertThat(keys(four)).isEqualTo(keys(one));
    assertThat(keys(one)).startsWith("xen-smt-on@11", "xen-smt-on@12").endsWith("kvm-smt-on@14");
    assertThat(one.runs()).hasSize(12);
  }

  @Test
  void progress_countsEveryRun() {
    List<String> seen = new ArrayList<>();
    ParallelRuns.run("s", CONFIGS, SEEDS, 3, Optional.empty(),
        (c, seed, trace) -> run(c, seed, makespan("vm1", 1)),
        (done, total) -> seen.add(done + "/" + total));
    assertThat(seen).hasSize(13).startsWith("0/12").contains("1/12", "12/12");
  }

  @Test
  void window_firstSeedOfEachConfigTraced() {
    AtomicInteger traced = new AtomicInteger();
    ParallelRuns.Outcome o = ParallelRuns.run("s", CONFIGS, SEEDS, 2,
        Optional.of(new ParallelRuns.Window(0, 1000)), (c, seed, trace) -> {
          if (trace.enabled()) {
            assertThat(seed).isEqualTo(11L);
            traced.incrementAndGet();
            trace.begin(org.hvsched.topology.SyntheticSpec.parse("1x2x2"), List.of());
          }
          return run(c, seed, makespan("vm1", 1));
        }, ParallelRuns.Progress.NONE);
    assertThat(traced).hasValue(3);
    assertThat(o.timelines()).containsOnlyKeys("xen-smt-on", "xen-core", "kvm-smt-on");
  }

  @Test
  void twoFailures_anyJobCount_firstInOrderReported() {
    ParallelRuns.Executor failing = (c, seed, trace) -> {
      if (c.name().equals("kvm-smt-on") && seed == 11) {
        throw new SimulationException(5, "late failure", null);
      }
      if (c.name().equals("xen-core") && seed == 13) {
        Thread.sleep(30);
        throw new SimulationException(123_456, "policy threw on cpu 3", null);
      }
      return slowFirst(c, seed);
    };
    for (int jobs : new int[] {1, 4}) {
      assertThatThrownBy(() -> ParallelRuns.run("two-vms", CONFIGS, SEEDS, jobs,
          Optional.empty(), failing, ParallelRuns.Progress.NONE))
          .isInstanceOf(CompareFailedException.class)
          .hasMessage("compare aborted: scenario two-vms, configuration xen-core, seed 13,"
              + " simulated time 123456 ns: t=123456ns: policy threw on cpu 3")
          .satisfies(e -> assertThat(((CompareFailedException) e).atNs()).hasValue(123_456));
    }
  }

  @Test
  void failureWithoutEngineTime_saysUnknown() {
    assertThatThrownBy(() -> ParallelRuns.run("s", CONFIGS, SEEDS, 2, Optional.empty(),
        (c, seed, trace) -> {
          throw new IllegalStateException("workload vm1 did not finish");
        }, ParallelRuns.Progress.NONE))
        .isInstanceOf(CompareFailedException.class)
        .hasMessage("compare aborted: scenario s, configuration xen-smt-on, seed 11, simulated"
            + " time unknown: workload vm1 did not finish");
  }

  @Test
  void inputError_passesThroughUnchanged() {
    InputException bad = new InputException("s.yaml", 3, 4, "bad setting");
    assertThatThrownBy(() -> ParallelRuns.run("s", CONFIGS, SEEDS, 2, Optional.empty(),
        (c, seed, trace) -> {
          throw bad;
        }, ParallelRuns.Progress.NONE)).isSameAs(bad);
  }
}
