package org.hvsched.harness.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hvsched.api.PolicyProvider;
import org.hvsched.core.random.Distribution;
import org.hvsched.harness.tck.KitRun.Check;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InterferenceClass;
import org.junit.jupiter.api.Test;

/** The kit's checks fail a policy that has the fault each one is about ({@link SloppyPolicy}). */
final class KitSensitivityTest {
  private static final KitChecks.Limits LIMITS = new KitChecks.Limits(2_000_000, 50_000_000);
  private static final KitWorkload BUSY = new KitWorkload.CpuBound(
      new Distribution.Const(1_000_000), InterferenceClass.COMPUTE);

  /** Two busy one-vCPU domains on {@code host}, vCPU i pinned to {@code pins[i]}. */
  private static KitScenario twoBusy(String host, CpuSet... pins) {
    ScenarioBuilder b = new ScenarioBuilder(7, host, false);
    for (int i = 0; i < pins.length; i++) {
      b.vcpus(b.domain("vm" + i, 1, 256, 0, pins[i], "vm" + i, "pool0"), BUSY);
    }
    return b.build(100_000_000, 0);
  }

  private static KitRun run(KitScenario s, SloppyPolicy.Faults faults) {
    PolicyProvider p = SloppyPolicy.provider(faults);
    return KitRun.of(s, p, p.resolve(Map.of()), LIMITS);
  }

  @Test
  void neverStealing_idleBesideWaitingTask_failsWorkConservation() {
    CpuSet all = CpuSet.of(0, 1);
    KitRun r = run(twoBusy("1x2x1", all, all), new SloppyPolicy.Faults(false, false, false));
    assertThat(r.problem(Check.WORK_CONSERVATION)).get().asString()
        .contains("CPU 1 stayed idle");
    assertThat(r.problem(Check.INVARIANTS)).isEmpty();
    assertThat(r.problem(Check.STARVATION)).isEmpty();
  }

  @Test
  void strictPriority_lowPriorityTaskStarves() {
    CpuSet one = CpuSet.of(0);
    KitRun r = run(twoBusy("1x1x1", one, one), new SloppyPolicy.Faults(true, false, false));
    assertThat(r.problem(Check.STARVATION)).get().asString().contains("vm1/vcpu0 waited");
  }

  @Test
  void falseIsolationClaim_guestGuestExposureOnClaimedCore() {
    KitRun r = run(twoBusy("1x1x2", CpuSet.of(0), CpuSet.of(1)),
        new SloppyPolicy.Faults(false, true, false));
    assertThat(r.claims()).isTrue();
    assertThat(r.problem(Check.ISOLATION)).get().asString().contains("guest/guest exposure");
    assertThat(r.problem(Check.RESULTS)).as("the auditor agrees with the trace").isEmpty();
  }

  @Test
  void stateSharedAcrossRuns_traceHashesDiffer() {
    KitScenario s = twoBusy("1x1x1", CpuSet.of(0), CpuSet.of(0));
    SloppyPolicy.Faults leaky = new SloppyPolicy.Faults(false, false, true);
    assertThat(run(s, leaky).traceHash()).isNotEqualTo(run(s, leaky).traceHash());
    SloppyPolicy.Faults clean = new SloppyPolicy.Faults(false, false, false);
    assertThat(run(s, clean).traceHash()).isEqualTo(run(s, clean).traceHash());
  }

  @Test
  void weightBlindPolicy_sharesOneToOne_soTheWeightCheckWouldFailIt() {
    PolicyProvider rr = org.hvsched.api.Policies.byId("basic.rr");
    FixedScenarios.Ratio r = FixedScenarios.weightShares(rr, rr.resolve(Map.of()), true);
    assertThat(r.value()).as("%s", r).isBetween(0.95, 1.05);
    FixedScenarios.Ratio alone = FixedScenarios.weightShares(rr, rr.resolve(Map.of()), false);
    assertThat(alone.value()).as("%s", alone).isBetween(0.95, 1.05);
  }

  @Test
  void capBlindPolicy_givesTheCappedDomainWhatItWants_soTheCapCheckWouldFailIt() {
    PolicyProvider rr = org.hvsched.api.Policies.byId("basic.rr");
    java.util.List<FixedScenarios.Ratio> r = FixedScenarios.capShares(rr, rr.resolve(Map.of()));
    assertThat(r.get(0).value()).as("%s", r.get(0)).isGreaterThan(0.95);
    assertThat(r.get(1).value()).as("%s", r.get(1)).isGreaterThan(1.9);
  }
}
