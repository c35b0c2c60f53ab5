package org.hvsched.harness.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hvsched.harness.compare.Fixtures.makespan;
import static org.hvsched.harness.compare.Fixtures.named;
import static org.hvsched.harness.compare.Fixtures.run;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Summaries: means over seeds, ratio = mean / baseline mean as reported, isolation figures. */
final class SummariesTest {

  @Test
  void ratio_lowerIsBetter_notInverted() {
    Configuration on = named("xen-smt-on");
    Configuration off = named("xen-smt-off");
    List<ConfigResult> r = Summaries.of(List.of(on, off), List.of(
        run(on, 1, makespan("vm1", 100)), run(on, 2, makespan("vm1", 300)),
        run(off, 1, makespan("vm1", 300)), run(off, 2, makespan("vm1", 500))));
    DomainSummary base = r.get(0).summary().get(0);
    DomainSummary s = r.get(1).summary().get(0);
    assertThat(base.stats().mean()).isEqualTo(200.0);
    assertThat(base.ratioToBaseline().getAsDouble()).isEqualTo(1.0);
    assertThat(s.stats().mean()).isEqualTo(400.0);
    assertThat(s.ratioToBaseline().getAsDouble()).isEqualTo(2.0);
    // two values 100 apart from the mean: s = 141.42, t(0.975, 1) = 12.706
    assertThat(s.stats().ci95()).isCloseTo(12.706 * 141.42 / Math.sqrt(2), within(0.5));
  }

  @Test
  void isolation_meanAndMaxOverSeeds_violationsNamed() {
    Configuration core = named("xen-core");
    Configuration on = named("xen-smt-on");
    List<ConfigResult> r = Summaries.of(List.of(on, core), List.of(
        run(on, 1, 100, Optional.empty(), makespan("vm1", 1)),
        run(on, 2, 300, Optional.empty(), makespan("vm1", 1)),
        run(core, 1, 0, Optional.empty(), makespan("vm1", 1)),
        run(core, 2, 50, Optional.of("CPUs 0 and 4 ran vm1 and vm2"), makespan("vm1", 1))));
    IsolationSummary base = r.get(0).isolation();
    assertThat(base.guestGuestNs().mean()).isEqualTo(200.0);
    assertThat(base.guestGuestNs().max()).isEqualTo(300);
    assertThat(base.violations()).isEmpty();
    assertThat(r.get(1).isolation().violations())
        .containsExactly("configuration xen-core, seed 2: CPUs 0 and 4 ran vm1 and vm2");
    assertThat(r.get(1).isolation().claimsIsolation()).isTrue();
  }
}
