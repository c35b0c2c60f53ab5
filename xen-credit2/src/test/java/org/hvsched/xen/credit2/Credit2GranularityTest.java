package org.hvsched.xen.credit2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hvsched.api.Domain;
import org.hvsched.api.Granularity;
import org.hvsched.api.IsolationClaim;
import org.hvsched.api.Occupant;
import org.hvsched.api.Task;
import org.hvsched.api.TaskKind;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.Topology;
import org.junit.jupiter.api.Test;

/**
 * sched-gran core/socket: units fill whole resources, reserved idle where a member is absent or
 * blocked, one domain per core at every instant (FakeHost checks it after every event).
 */
final class Credit2GranularityTest {
  private static final long MS = 1_000_000L;
  private static final Map<String, Object> CORE = Map.of("schedGran", "core");

  @Test
  void granCore_claimsTheCoresOfThePool() {
    FakeHost h = new FakeHost("1x2x2", CORE);
    assertThat(h.policy.granularity()).isEqualTo(Granularity.CORE);
    assertThat(h.policy.isolationClaim().level()).isEqualTo(IsolationClaim.Level.CORE);
    assertThat((Object) h.policy.isolationClaim().cpus()).isEqualTo(CpuSet.range(0, 3));
    assertThat(h.policy.fallbackNote()).isEmpty();
  }

  @Test
  void granSocket_claimsSockets_granCpu_claimsNothing() {
    assertThat(new FakeHost("2x2x2", Map.of("schedGran", "socket")).policy.isolationClaim()
        .level()).isEqualTo(IsolationClaim.Level.SOCKET);
    assertThat(new FakeHost("2x2x2", Map.of()).policy.isolationClaim().level())
        .isEqualTo(IsolationClaim.Level.NONE);
  }

  @Test
  void oneVcpuDomain_leavesItsSiblingReservedIdle() {
    FakeHost h = new FakeHost("1x2x2", CORE);
    Domain a = h.domain("a", 2, 256, 0);
    h.vcpu(a, 0, FakeHost.Program.busy());
    h.vcpu(a, 1, FakeHost.Program.busy());
    Domain b = h.domain("b", 1, 256, 0);
    Task b0 = h.vcpu(b, 0, FakeHost.Program.busy());
    h.start();
    h.runUntil(5 * MS);
    int cpu = h.cpuOf(b0);
    assertThat(cpu).isNotNegative();
    int sibling = h.topology.siblingsOf(cpu).minus(CpuSet.of(cpu)).first();
    assertThat(h.occupantOf(sibling)).isEqualTo(Occupant.reservedIdle(b));
  }

  @Test
  void threeTwoVcpuDomainsOnTwoCores_shareEvenlyAndNeverMix() {
    FakeHost h = new FakeHost("1x2x2", CORE);
    List<Task> all = new ArrayList<>();
    for (int d = 0; d < 3; d++) {
      Domain dom = h.domain("vm" + d, 2, 256, 0);
      all.add(h.vcpu(dom, 0, FakeHost.Program.busy()));
      all.add(h.vcpu(dom, 1, FakeHost.Program.busy()));
    }
    h.start();
    h.runUntil(3_000 * MS);
    for (Task t : all) {
      assertThat((double) h.cpuNs(t) / (3_000 * MS)).as(t.name()).isCloseTo(2.0 / 3,
          within(0.03));
    }
    // Siblings of one unit always run together.
    assertThat(h.cpuNs(all.get(0))).isEqualTo(h.cpuNs(all.get(1)));
  }

  @Test
  void memberThatSleeps_leavesReservedIdle_andWakesIntoItsThreadAlone() {
    FakeHost h = new FakeHost("1x1x2", CORE);
    Domain a = h.domain("a", 2, 256, 0);
    Task a0 = h.vcpu(a, 0, FakeHost.Program.busy());
    Task a1 = h.vcpu(a, 1, new FakeHost.Program(0, MS, MS));
    h.start();
    h.runUntil(1_500_000);
    assertThat(h.occupantOf(1)).isEqualTo(Occupant.reservedIdle(a));
    h.runUntil(2_000_000);
    assertThat(h.occupantOf(1)).isEqualTo(Occupant.run(a1));
    int before = h.schedules;
    h.runUntil(2_000_001);
    assertThat(h.schedules).as("a wake-up is a forced per-thread switch").isEqualTo(before);
    h.runUntil(1_000 * MS);
    assertThat((double) h.cpuNs(a0) / (1_000 * MS)).isCloseTo(1.0, within(0.001));
    assertThat((double) h.cpuNs(a1) / (1_000 * MS)).isCloseTo(0.5, within(0.01));
  }

  @Test
  void threeVcpusAtGranCore_makeTwoUnits_soCapsUpTo200Apply() {
    FakeHost ok = new FakeHost("1x2x2", CORE);
    Domain d = ok.domain("a", 3, 256, 200);
    for (int i = 0; i < 3; i++) {
      ok.vcpu(d, i, FakeHost.Program.busy());
    }
    ok.start();
    ok.runUntil(100 * MS);
    FakeHost bad = new FakeHost("1x2x2", CORE);
    Domain e = bad.domain("a", 3, 256, 201);
    for (int i = 0; i < 3; i++) {
      bad.vcpu(e, i, FakeHost.Program.busy());
    }
    bad.start();
    bad.runUntil(1);
    assertThat(bad.notes).anyMatch(n -> n.contains("cap 201 exceeds 100 x 2 units"));
    assertThat(ok.notes).noneMatch(n -> n.contains("exceeds"));
  }

  @Test
  void capAtGranCore_isResourceTime() {
    FakeHost h = new FakeHost("1x1x2", CORE);
    Domain d = h.domain("a", 2, 256, 50);
    Task a0 = h.vcpu(d, 0, FakeHost.Program.busy());
    Task a1 = h.vcpu(d, 1, FakeHost.Program.busy());
    h.start();
    h.runUntil(1_000 * MS);
    assertThat((double) h.cpuNs(a0) / (1_000 * MS)).isCloseTo(0.5, within(0.01));
    assertThat(h.cpuNs(a1)).isEqualTo(h.cpuNs(a0));
  }

  @Test
  void capInThreadTime_givesTheTwoVcpusHalfACpuBetweenThem() {
    FakeHost h = new FakeHost("1x1x2", Map.of("schedGran", "core", "capResourceTime", false));
    Domain d = h.domain("a", 2, 256, 50);
    Task a0 = h.vcpu(d, 0, FakeHost.Program.busy());
    Task a1 = h.vcpu(d, 1, FakeHost.Program.busy());
    h.start();
    h.runUntil(1_000 * MS);
    assertThat((double) (h.cpuNs(a0) + h.cpuNs(a1)) / (1_000 * MS)).isCloseTo(0.5,
        within(0.01));
  }

  @Test
  void capInThreadTime_chargesOnlyRunningMembers() {
    FakeHost h = new FakeHost("1x1x2", Map.of("schedGran", "core", "capResourceTime", false));
    Domain d = h.domain("a", 2, 256, 50);
    Task a0 = h.vcpu(d, 0, FakeHost.Program.busy());
    Task a1 = h.vcpu(d, 1, new FakeHost.Program(10_000 * MS, 1, 1));
    h.start();
    h.runUntil(1_000 * MS);
    assertThat(h.cpuNs(a1)).isZero();
    assertThat((double) h.cpuNs(a0) / (1_000 * MS)).isCloseTo(0.5, within(0.01));
  }

  @Test
  void emulatorThread_isAUnitOfItsOwnThatStillTakesTheWholeCore() {
    FakeHost h = new FakeHost("1x1x2", CORE);
    Domain d = h.domain("a", 1, 256, 0);
    h.vcpu(d, 0, new FakeHost.Program(0, MS, 3 * MS));
    Task emu = h.task(d, "a/emulator", TaskKind.EMULATOR, -1, FakeHost.Program.busy());
    h.start();
    h.runUntil(2 * MS);
    assertThat(h.cpuOf(emu)).isEqualTo(0);
    assertThat(h.occupantOf(1)).isEqualTo(Occupant.reservedIdle(d));
  }

  @Test
  void affinityOfTheMasterThreadOnly_isRejected() {
    FakeHost h = new FakeHost("1x2x2", CORE);
    Domain d = h.domain("a", 2, 256, 0, CpuSet.of(0), CpuSet.empty());
    h.vcpu(d, 0, FakeHost.Program.busy());
    h.vcpu(d, 1, FakeHost.Program.busy());
    h.start();
    assertThatThrownBy(() -> h.runUntil(1)).hasMessageContaining("EINVAL");
  }

  @Test
  void affinityOfAWholeCore_pinsTheUnitThere() {
    FakeHost h = new FakeHost("1x2x2", CORE);
    Domain d = h.domain("a", 2, 256, 0, CpuSet.of(1, 3), CpuSet.empty());
    Task a0 = h.vcpu(d, 0, FakeHost.Program.busy());
    Task a1 = h.vcpu(d, 1, FakeHost.Program.busy());
    h.start();
    h.runUntil(5 * MS);
    assertThat(h.cpuOf(a0)).isEqualTo(1);
    assertThat(h.cpuOf(a1)).isEqualTo(3);
  }

  @Test
  void asymmetricHost_fallsBackToCpu_claimsNothing_andNotesWhy() {
    Topology hybrid = Topology.builder().core(0, CpuSet.of(0, 1)).core(0, CpuSet.of(2)).build();
    FakeHost h = new FakeHost(hybrid, CORE);
    Task t = h.vcpu(h.domain("a", 1, 256, 0), 0, FakeHost.Program.busy());
    h.start();
    h.runUntil(MS);
    assertThat(h.policy.granularity()).isEqualTo(Granularity.THREAD);
    assertThat(h.policy.isolationClaim().level()).isEqualTo(IsolationClaim.Level.NONE);
    assertThat(h.policy.fallbackNote()).contains("Falling back to sched-gran=cpu");
    assertThat(h.notes).anyMatch(n -> n.contains("Asymmetric cpu configuration"));
    assertThat(h.cpuOf(t)).isNotNegative();
  }

  @Test
  void granSocket_fillsEveryThreadOfTheSocket() {
    FakeHost h = new FakeHost("2x2x2,numbering=xen", Map.of("schedGran", "socket"));
    Domain d = h.domain("a", 3, 256, 0);
    for (int i = 0; i < 3; i++) {
      h.vcpu(d, i, FakeHost.Program.busy());
    }
    h.start();
    h.runUntil(5 * MS);
    assertThat(h.decisions).allSatisfy(line -> assertThat(line.split(" ")).hasSizeGreaterThan(5));
    long reserved = h.topology.online().stream()
        .filter(c -> h.occupantOf(c).equals(Occupant.reservedIdle(d))).count();
    assertThat(reserved).isEqualTo(1);
  }
}
