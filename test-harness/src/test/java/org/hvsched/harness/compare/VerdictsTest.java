package org.hvsched.harness.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hvsched.harness.compare.Fixtures.makespan;
import static org.hvsched.harness.compare.Fixtures.named;
import static org.hvsched.harness.compare.Fixtures.run;
import static org.hvsched.harness.compare.Fixtures.throughput;
import static org.hvsched.harness.compare.Fixtures.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Verdict wording: percentages from ratios per metric direction, domains, exposure phrases. */
final class VerdictsTest {

  private static List<ConfigResult> xen(double smtOn, double smtOff, double core) {
    List<Configuration> configs = List.of(named("xen-smt-on"), named("xen-smt-off"),
        named("xen-core"));
    List<RunRecord> runs = new ArrayList<>();
    runs.add(run(configs.get(0), 1, 3_000_000, Optional.empty(), makespan("vm1", smtOn)));
    runs.add(run(configs.get(1), 1, makespan("vm1", smtOff)));
    runs.add(run(configs.get(2), 1, makespan("vm1", core)));
    return Summaries.of(configs, runs);
  }

  @Test
  void specExample_makespanRatios_readAsInTheSpec() {
    Verdicts v = Verdicts.of(xen(100, 190, 119));
    assertThat(v.lines()).containsExactly(
        "xen-smt-on is the baseline, with 3.00 ms of cross-VM exposure per run",
        "xen-smt-off is 90% slower than xen-smt-on, with zero cross-VM exposure",
        "xen-core is 19% slower than xen-smt-on and 37% faster than xen-smt-off,"
            + " with zero cross-VM exposure");
    assertThat(v.domains()).containsExactly("vm1");
  }

  @Test
  void lowerIsBetter_shorterMakespan_isFaster() {
    Verdicts v = Verdicts.of(xen(100, 100, 63));
    assertThat(v.lines().get(2)).startsWith("xen-core is 37% faster than xen-smt-on and 37%"
        + " faster than xen-smt-off");
  }

  @Test
  void higherIsBetter_lowerThroughput_isSlower() {
    List<Configuration> configs = List.of(named("kvm-smt-on"), named("kvm-coresched"));
    List<ConfigResult> r = Summaries.of(configs, List.of(
        run(configs.get(0), 1, throughput("vm1", 1000)),
        run(configs.get(1), 1, throughput("vm1", 810))));
    assertThat(Verdicts.of(r).lines().get(1)).isEqualTo(
        "kvm-coresched is 19% slower than kvm-smt-on, with zero cross-VM exposure");
    assertThat(r.get(1).summary().get(0).ratioToBaseline().getAsDouble())
        .isEqualTo(0.81);
  }

  @Test
  void tinyDifference_roundsToZero_onPar() {
    Verdicts v = Verdicts.of(xen(1000, 1004, 996));
    assertThat(v.lines().get(1)).isEqualTo(
        "xen-smt-off is on par with xen-smt-on, with zero cross-VM exposure");
  }

  @Test
  void backgroundHog_workMetric_leftOutOfTheVerdict() {
    List<Configuration> configs = List.of(named("kvm-smt-on"), named("kvm-coresched"));
    List<ConfigResult> r = Summaries.of(configs, List.of(
        run(configs.get(0), 1, makespan("bench", 100), work("hog", 1000)),
        run(configs.get(1), 1, makespan("bench", 110), work("hog", 10))));
    Verdicts v = Verdicts.of(r);
    assertThat(v.domains()).containsExactly("bench");
    assertThat(v.lines().get(1)).startsWith("kvm-coresched is 10% slower than kvm-smt-on");
  }

  @Test
  void onlyBackgroundDomains_allSummarised_meanOfChanges() {
    List<Configuration> configs = List.of(named("kvm-smt-on"), named("kvm-smt-off"));
    List<ConfigResult> r = Summaries.of(configs, List.of(
        run(configs.get(0), 1, work("a", 100), work("b", 100)),
        run(configs.get(1), 1, work("a", 80), work("b", 60))));
    Verdicts v = Verdicts.of(r);
    assertThat(v.domains()).containsExactly("a", "b");
    // changes -20% and -40%: mean -30%
    assertThat(v.lines().get(1)).startsWith("kvm-smt-off is 30% slower than kvm-smt-on");
  }

  @Test
  void brokenClaim_exposure_saysDespiteClaim() {
    Configuration core = named("xen-core");
    Configuration on = named("xen-smt-on");
    List<ConfigResult> r = Summaries.of(List.of(on, core), List.of(
        run(on, 1, makespan("vm1", 100)),
        run(core, 1, 1500, Optional.of("guest/guest exposure on a claimed core"),
            makespan("vm1", 100))));
    assertThat(Verdicts.of(r).lines().get(1)).isEqualTo("xen-core is on par with xen-smt-on,"
        + " with 1.50 us of cross-VM exposure per run despite its isolation claim");
  }

  @Test
  void zeroBaseline_noRatio_notComparable() {
    List<Configuration> configs = List.of(named("kvm-smt-on"), named("kvm-coresched"));
    List<ConfigResult> r = Summaries.of(configs, List.of(
        run(configs.get(0), 1, throughput("vm1", 0)),
        run(configs.get(1), 1, throughput("vm1", 5))));
    assertThat(r.get(1).summary().get(0).ratioToBaseline()).isEmpty();
    assertThat(Verdicts.of(r).lines().get(1)).startsWith(
        "kvm-coresched is not comparable with kvm-smt-on (its metric is 0)");
  }

  @Test
  void twoFamilies_eachAgainstItsOwnBaseline() {
    List<Configuration> configs = List.of(named("xen-smt-on"), named("xen-core"),
        named("kvm-smt-on"), named("kvm-coresched"));
    List<ConfigResult> r = Summaries.of(configs, List.of(
        run(configs.get(0), 1, makespan("vm1", 100)),
        run(configs.get(1), 1, makespan("vm1", 120)),
        run(configs.get(2), 1, makespan("vm1", 200)),
        run(configs.get(3), 1, makespan("vm1", 210))));
    assertThat(Verdicts.of(r).lines()).containsExactly(
        "xen-smt-on is the baseline, with zero cross-VM exposure",
        "xen-core is 20% slower than xen-smt-on, with zero cross-VM exposure",
        "kvm-smt-on is the baseline, with zero cross-VM exposure",
        "kvm-coresched is 5% slower than kvm-smt-on, with zero cross-VM exposure");
  }
}
