package org.hvsched.harness.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hvsched.api.Policies;
import org.hvsched.api.PolicyProvider;
import org.hvsched.core.Simulation;
import org.hvsched.core.stats.RunOutcome;
import org.hvsched.harness.bench.BenchScenarios.Size;
import org.hvsched.harness.tck.KitScenario;
import org.junit.jupiter.api.Test;

/** The benchmark scenarios have the issue's sizes, and run under every policy with checks on. */
final class BenchScenariosTest {

  @Test
  void sizes_matchIssue10() {
    KitScenario small = BenchScenarios.scenario(Size.SMALL, 1_000_000, 1);
    KitScenario medium = BenchScenarios.scenario(Size.MEDIUM, 1_000_000, 1);
    KitScenario large = BenchScenarios.scenario(Size.LARGE, 1_000_000, 1);
    assertThat(small.topology().cpuCount()).isEqualTo(8);
    assertThat(small.domains()).hasSize(4);
    assertThat(small.tasks()).hasSize(8);
    assertThat(medium.topology().cpuCount()).isEqualTo(64);
    assertThat(medium.tasks()).hasSize(32 * 4);
    assertThat(large.topology().cpuCount()).isEqualTo(8 * 64 * 2);
    assertThat(large.tasks()).hasSize(1024 * 4);
  }

  @Test
  void smallAndMedium_runUnderEveryPolicyWithInvariantChecks() {
    for (PolicyProvider p : Policies.all()) {
      for (Size size : new Size[] {Size.SMALL, Size.MEDIUM}) {
        RunOutcome out = Simulation.run(BenchScenarios.scenario(size, 20_000_000, 1)
            .spec(p, p.resolve(Map.of()), org.hvsched.core.trace.TraceSink.NONE, true));
        assertThat(out.events()).as("%s %s", p.id(), size).isPositive();
        assertThat(out.domains()).allSatisfy(d -> assertThat(d.cpuNs()).isPositive());
      }
    }
  }
}
