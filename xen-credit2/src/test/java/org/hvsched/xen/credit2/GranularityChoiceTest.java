package org.hvsched.xen.credit2;

import static org.assertj.core.api.Assertions.assertThat;

import org.hvsched.api.Granularity;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.SyntheticSpec;
import org.hvsched.topology.Topology;
import org.junit.jupiter.api.Test;

/** Granularity resolves to resources as Xen's cpupool code does, with its fallback. */
final class GranularityChoiceTest {

  @Test
  void core_onUniformHost_groupsSiblings() {
    GranularityChoice g = GranularityChoice.resolve(Granularity.CORE, SyntheticSpec.parse("1x4x2"));
    assertThat(g.effective()).isEqualTo(Granularity.CORE);
    assertThat(g.threadsPerResource()).isEqualTo(2);
    assertThat(g.resources()).containsExactly(CpuSet.of(0, 4), CpuSet.of(1, 5), CpuSet.of(2, 6),
        CpuSet.of(3, 7));
    assertThat(g.fallbackNote()).isEmpty();
  }

  @Test
  void socket_groupsWholeSockets() {
    GranularityChoice g =
        GranularityChoice.resolve(Granularity.SOCKET, SyntheticSpec.parse("2x2x2,numbering=xen"));
    assertThat(g.resources()).containsExactly(CpuSet.range(0, 3), CpuSet.range(4, 7));
    assertThat(g.threadsPerResource()).isEqualTo(4);
  }

  @Test
  void core_withSmtOff_passesWithOneThread() {
    GranularityChoice g =
        GranularityChoice.resolve(Granularity.CORE, SyntheticSpec.parse("1x4x2").smtOff());
    assertThat(g.effective()).isEqualTo(Granularity.CORE);
    assertThat(g.threadsPerResource()).isEqualTo(1);
  }

  @Test
  void core_onMixedThreadCounts_fallsBackToCpuWithXensWarning() {
    GranularityChoice g = GranularityChoice.resolve(Granularity.CORE, hybrid());
    assertThat(g.effective()).isEqualTo(Granularity.THREAD);
    assertThat(g.threadsPerResource()).isEqualTo(1);
    assertThat(g.fallbackNote()).startsWith("Asymmetric cpu configuration. Falling back to"
        + " sched-gran=cpu");
  }

  @Test
  void socket_onMixedThreadCountsButEqualSockets_staysSocket() {
    Topology t = Topology.builder().core(0, CpuSet.of(0, 1)).core(0, CpuSet.of(2))
        .core(1, CpuSet.of(3, 4)).core(1, CpuSet.of(5)).build();
    GranularityChoice g = GranularityChoice.resolve(Granularity.SOCKET, t);
    assertThat(g.effective()).isEqualTo(Granularity.SOCKET);
    assertThat(g.threadsPerResource()).isEqualTo(3);
  }

  @Test
  void socket_onUnequalSockets_fallsBackStepByStep() {
    GranularityChoice g = GranularityChoice.resolve(Granularity.SOCKET, hybrid());
    assertThat(g.effective()).isEqualTo(Granularity.THREAD);
    assertThat(g.fallbackNote()).contains("requested socket").contains("sched-gran=cpu");
  }

  /** Socket 0: two 2-thread cores; socket 1: one 2-thread core and one 1-thread core. */
  private static Topology hybrid() {
    return Topology.builder().core(0, CpuSet.of(0, 1)).core(0, CpuSet.of(2, 3))
        .core(1, CpuSet.of(4, 5)).core(1, CpuSet.of(6)).build();
  }
}
