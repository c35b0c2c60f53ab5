package org.hvsched.xen.credit2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.hvsched.api.Task;
import org.hvsched.topology.CpuSet;
import org.junit.jupiter.api.Test;

/** Single decisions follow runq_tickle, runq_candidate, ratelimit and reset as upstream. */
final class Credit2DecisionsTest {
  private static final long US = 1_000L;
  private static final long MS = 1_000_000L;

  private static long firstRunOfLateWaker(long ratelimitUs, long wakeNs) {
    FakeHost h = new FakeHost("1x1x1", Map.of("ratelimitUs", ratelimitUs));
    h.vcpu(h.domain("a", 1, 256, 0), 0, FakeHost.Program.busy());
    Task b = h.vcpu(h.domain("b", 1, 256, 0), 0, new FakeHost.Program(wakeNs, Long.MAX_VALUE, 0));
    h.start();
    h.runUntil(30 * MS);
    return h.firstRunNs.get(b.id());
  }

  @Test
  void wakerWithMoreCredit_pastTheRatelimit_preemptsAtOnce() {
    assertThat(firstRunOfLateWaker(1000, 5 * MS)).isEqualTo(5 * MS);
  }

  @Test
  void wakerWithMoreCredit_insideTheRatelimit_isNotTickledAndWaitsForTheSlice() {
    // a switched in at 0 with nobody waiting: slice = c2t(10 ms) = MAX_TIMER.
    assertThat(firstRunOfLateWaker(1000, 500 * US)).isEqualTo(10 * MS);
  }

  @Test
  void ratelimitOff_wakerWithMoreCredit_preemptsAtOnce() {
    assertThat(firstRunOfLateWaker(0, 500 * US)).isEqualTo(500 * US);
  }

  @Test
  void wakerInsideTheTickleTolerance_isTickledButTheRatelimitKeepsTheCurrentUnit() {
    // 970 us > 1000 - 50 us: tickled; runq_candidate keeps a (970 < 1000 us) for
    // max(MIN_TIMER, remaining 30 us) = 500 us more.
    assertThat(firstRunOfLateWaker(1000, 970 * US)).isEqualTo(1470 * US);
  }

  @Test
  void yield_givesTheCpuToALowerOrEqualCreditUnitAtOnce() {
    FakeHost h = new FakeHost("1x1x1", Map.of());
    Task a = h.vcpu(h.domain("a", 1, 256, 0), 0, FakeHost.Program.busy());
    Task b = h.vcpu(h.domain("b", 1, 256, 0), 0, FakeHost.Program.busy());
    h.yieldAt(a, 200 * US);
    h.start();
    h.runUntil(300 * US);
    assertThat(h.firstRunNs.get(a.id())).isZero();
    assertThat(h.firstRunNs.get(b.id())).isEqualTo(200 * US);
    assertThat(h.decisions).anyMatch(d -> d.contains("yield: runqueue unit"));
  }

  @Test
  void reset_happensWhenTheBestCreditReachesZero_andClipsTheSleeper() {
    FakeHost h = new FakeHost("1x1x1", Map.of());
    h.vcpu(h.domain("a", 1, 256, 0), 0, FakeHost.Program.busy());
    h.vcpu(h.domain("b", 1, 256, 0), 0, FakeHost.Program.busy());
    h.vcpu(h.domain("sleeper", 1, 256, 0), 0, new FakeHost.Program(1_000 * MS, 1, 1));
    h.start();
    h.runUntil(25 * MS);
    String reset = h.notes.stream().filter(n -> n.contains("reset_credit")).findFirst()
        .orElseThrow();
    long at = Long.parseLong(reset.substring(0, reset.indexOf(' ')));
    // Two units of 10 ms credit burning 1 credit/ns on one CPU: about 20 ms.
    assertThat(at).isBetween(19 * MS, 21 * MS);
    Map<String, Long> after = new java.util.TreeMap<>();
    h.counterLog.stream().filter(c -> c.startsWith(at + " ")).forEach(c -> {
      String[] f = c.split(" ");
      after.put(f[2], Long.parseLong(f[3]));
    });
    // +10 ms each; the sleeper's 20 ms is clipped to CREDIT_INIT + CARRYOVER_MAX.
    assertThat(after).containsEntry("sleeper/u2", 10_500_000L);
    assertThat(after.get("a/u0")).isBetween(9 * MS, 10 * MS + 500 * US);
    assertThat(after.get("b/u1")).isBetween(9 * MS, 10 * MS + 500 * US);
  }

  @Test
  void tickle_prefersAFullyIdleCore_overTheSiblingOfABusyThread() {
    FakeHost h = new FakeHost("1x2x2", Map.of());
    Task a = h.vcpu(h.domain("a", 1, 256, 0), 0, FakeHost.Program.busy());
    Task b = h.vcpu(h.domain("b", 1, 256, 0), 0, new FakeHost.Program(MS, Long.MAX_VALUE, 0));
    h.start();
    h.runUntil(2 * MS);
    assertThat(h.cpuOf(a)).isEqualTo(0);
    assertThat(h.cpuOf(b)).isIn(1, 3);
    assertThat(h.notes).anyMatch(n -> n.contains("tickle: fully idle core (hard)"));
  }

  @Test
  void smtPowerSavings_packsTheWakerNextToTheBusyThread() {
    FakeHost h = new FakeHost("1x2x2", Map.of("smtPowerSavings", true));
    Task a = h.vcpu(h.domain("a", 1, 256, 0), 0, FakeHost.Program.busy());
    Task b = h.vcpu(h.domain("b", 1, 256, 0), 0, new FakeHost.Program(MS, Long.MAX_VALUE, 0));
    h.start();
    h.runUntil(2 * MS);
    assertThat(h.cpuOf(a)).isEqualTo(0);
    assertThat(h.cpuOf(b)).isEqualTo(2);
  }

  @Test
  void softAffinity_wakesTheUnitOnAnIdleCpuItPrefers() {
    FakeHost h = new FakeHost("1x2x1", Map.of());
    Task a = h.vcpu(h.domain("a", 1, 256, 0, CpuSet.of(0, 1), CpuSet.of(1)), 0,
        FakeHost.Program.busy());
    h.start();
    h.runUntil(MS);
    assertThat(h.cpuOf(a)).isEqualTo(1);
    assertThat(h.notes).anyMatch(n -> n.contains("tickle: fully idle core (soft)"));
  }

  @Test
  void hardAffinity_isHonoured() {
    FakeHost h = new FakeHost("1x4x1", Map.of());
    Task a = h.vcpu(h.domain("a", 1, 256, 0, CpuSet.of(3), CpuSet.empty()), 0,
        FakeHost.Program.busy());
    Task b = h.vcpu(h.domain("b", 1, 256, 0, CpuSet.of(3), CpuSet.empty()), 0,
        FakeHost.Program.busy());
    h.start();
    h.runUntil(50 * MS);
    assertThat(h.cpuNs(a) + h.cpuNs(b)).isEqualTo(50 * MS);
    assertThat(h.decisions).allMatch(d -> d.contains("cpu3:"));
  }

  @Test
  void sameInputs_giveTheSameDecisions() {
    assertThat(run()).isEqualTo(run());
  }

  private static List<String> run() {
    FakeHost h = new FakeHost("2x2x2", Map.of());
    for (int d = 0; d < 4; d++) {
      var dom = h.domain("vm" + d, 3, 128 * (d + 1), d == 3 ? 120 : 0);
      for (int v = 0; v < 3; v++) {
        h.vcpu(dom, v, new FakeHost.Program(v * 100 * US, (d + 1) * 700 * US, (v + 1) * 300 * US));
      }
    }
    h.start();
    h.runUntil(200 * MS);
    return h.decisions;
  }
}
