package org.hvsched.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hvsched.core.HostCosts;
import org.hvsched.core.Simulation;
import org.hvsched.core.SimulationSpec;
import org.hvsched.core.stats.DomainStats;
import org.hvsched.core.stats.HostStats;
import org.hvsched.core.stats.RunOutcome;
import org.hvsched.core.trace.TraceSink;
import org.junit.jupiter.api.Test;

/** The engine conserves time and its auditor tells isolating from non-isolating policies. */
final class EngineTest {
  private static final long SECOND = 1_000_000_000L;

  private static RunOutcome run(String topo, boolean smtOff, String policy, int vms, int vcpus) {
    SimulationSpec spec = TestHosts.spec(topo, smtOff, policy, Map.of(), vms, vcpus, SECOND / 10,
        1, t -> TestHosts.sleepRun(t, 2_000_000, 200_000), HostCosts.defaults(),
        TraceSink.NONE);
    return Simulation.run(spec);
  }

  @Test
  void rr_twoVmsOvercommittedOnSmt_showsGuestGuestExposure() {
    RunOutcome out = run("1x2x2", false, "basic.rr", 2, 4);
    assertThat(out.isolation().guestGuestNs()).isPositive();
    assertThat(out.isolation().claim()).isEqualTo("none");
    assertConserved(out);
  }

  @Test
  void rr_smtOff_showsNoExposure() {
    RunOutcome out = run("1x2x2", true, "basic.rr", 2, 4);
    assertThat(out.isolation().guestGuestNs()).isZero();
    assertThat(out.host().cpus()).isEqualTo(2);
    assertConserved(out);
  }

  @Test
  void gang_twoVmsOnSmt_showsNoExposureAndClaimsCores() {
    RunOutcome out = run("1x2x2", false, "basic.gang", 2, 4);
    assertThat(out.isolation().claim()).isEqualTo("core");
    assertThat(out.isolation().guestGuestNs()).isZero();
    assertThat(out.isolation().violation()).isEmpty();
    assertThat(out.domains()).allSatisfy(d -> assertThat(d.cpuNs()).isPositive());
    assertConserved(out);
  }

  @Test
  void gang_oddVcpus_reservesIdleThreads() {
    RunOutcome out = run("1x2x2", false, "basic.gang", 2, 1);
    assertThat(out.host().reservedIdleNs()).isPositive();
    assertConserved(out);
  }

  @Test
  void sameSeedTwice_sameOutcome() {
    RunOutcome a = run("1x2x2", false, "basic.rr", 3, 2);
    RunOutcome b = run("1x2x2", false, "basic.rr", 3, 2);
    assertThat(a.domains()).extracting(DomainStats::cpuNs, DomainStats::workNs)
        .isEqualTo(b.domains().stream().map(d -> org.assertj.core.groups.Tuple.tuple(d.cpuNs(),
            d.workNs())).toList());
    assertThat(a.events()).isEqualTo(b.events());
  }

  static void assertConserved(RunOutcome out) {
    HostStats h = out.host();
    assertThat(h.busyNs() + h.idleNs() + h.forcedIdleNs() + h.reservedIdleNs())
        .isEqualTo(h.cpus() * out.measuredNs());
    long cpu = 0;
    for (DomainStats d : out.domains()) {
      assertThat(d.cpuNs() + d.waitNs() + d.parkedNs() + d.blockedNs())
          .isEqualTo(d.tasks() * out.measuredNs());
      cpu += d.cpuNs();
    }
    assertThat(cpu).isLessThanOrEqualTo(h.busyNs());
  }
}
