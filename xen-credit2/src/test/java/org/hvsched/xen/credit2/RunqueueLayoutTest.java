package org.hvsched.xen.credit2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hvsched.topology.SyntheticSpec;
import org.hvsched.topology.Topology;
import org.junit.jupiter.api.Test;

/** Runqueues follow cpu_add_to_runqueue: topology match, cap, siblings together, even fill. */
final class RunqueueLayoutTest {

  private static List<int[]> layout(String spec, RunqueueArrangement a, int max,
      boolean granIsCpu) {
    Topology t = SyntheticSpec.parse(spec);
    return RunqueueLayout.build(t.online().toArray(), t, a, max, granIsCpu, t.threadsPerCore())
        .runqueues();
  }

  @Test
  void socket_default_oneRunqueuePerSocket() {
    List<int[]> rqs = layout("2x4x2", RunqueueArrangement.SOCKET, 16, true);
    assertThat(rqs).hasSize(2);
    assertThat(rqs.get(0)).containsExactly(0, 1, 2, 3, 8, 9, 10, 11);
    assertThat(rqs.get(1)).containsExactly(4, 5, 6, 7, 12, 13, 14, 15);
  }

  @Test
  void cpu_oneRunqueuePerThread() {
    assertThat(layout("1x2x2", RunqueueArrangement.CPU, 16, true)).hasSize(4);
  }

  @Test
  void core_oneRunqueuePerCore_siblingsTogether() {
    List<int[]> rqs = layout("1x4x2", RunqueueArrangement.CORE, 16, true);
    assertThat(rqs).hasSize(4);
    assertThat(rqs.get(0)).containsExactly(0, 4);
  }

  @Test
  void all_on32ThreadsWithXenNumbering_isSplitInTwoOf16() {
    List<int[]> rqs = layout("2x8x2,numbering=xen", RunqueueArrangement.ALL, 16, true);
    assertThat(rqs).hasSize(2);
    assertThat(rqs.get(0)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    assertThat(rqs.get(1)).hasSize(16);
  }

  @Test
  void all_withLinuxNumbering_siblingsJoinTheFirstRunqueuePastTheCap() {
    // CPUs 0-15 are first threads: they fill rq0 (all skips the fit test); 16-31 are their
    // siblings and must join them, so Xen's algorithm ends with one runqueue and warns.
    Topology t = SyntheticSpec.parse("2x8x2");
    RunqueueLayout l = RunqueueLayout.build(t.online().toArray(), t, RunqueueArrangement.ALL,
        16, true, 2);
    assertThat(l.runqueues()).hasSize(1);
    assertThat(l.warnings()).isNotEmpty();
  }

  @Test
  void socketOf64Threads_capOf16_keepsSiblingsTogetherInFourRunqueues() {
    // min_rqs = 4, max_per_rq = 16: siblings-fit keeps whole cores (8 per runqueue).
    List<int[]> rqs = layout("1x32x2", RunqueueArrangement.SOCKET, 16, true);
    assertThat(rqs).hasSize(4);
    Topology t = SyntheticSpec.parse("1x32x2");
    for (int[] rq : rqs) {
      assertThat(rq).hasSize(16);
      for (int cpu : rq) {
        for (int sib : t.siblingsOf(cpu).toArray()) {
          assertThat(rq).contains(sib);
        }
      }
    }
  }

  @Test
  void granCore_mastersOnly_fillTwoRunqueuesOf16Cores() {
    // xen.md 1.3: one socket, 64 threads, gran core: 32 core resources in 2 runqueues of 16.
    Topology t = SyntheticSpec.parse("1x32x2");
    int[] masters = t.cores().stream().mapToInt(c -> c.threads().first()).toArray();
    List<int[]> rqs = RunqueueLayout.build(masters, t, RunqueueArrangement.SOCKET, 16, false, 2)
        .runqueues();
    assertThat(rqs).hasSize(2);
    assertThat(rqs.get(0)).hasSize(16);
  }

  @Test
  void smtOff_countsHardwareSiblings_soRunqueuesHoldHalfTheCap() {
    // 32 online cores, hardware siblings 2: each core counts 2 in the fit test -> 8 per rq.
    Topology t = SyntheticSpec.parse("1x32x2").smtOff();
    List<int[]> rqs = RunqueueLayout.build(t.online().toArray(), t, RunqueueArrangement.SOCKET,
        16, true, 2).runqueues();
    assertThat(rqs).hasSize(4);
    assertThat(rqs.get(0)).hasSize(8);
  }

  @Test
  void tinyCap_siblingsStillTogether_withXensWarning() {
    Topology t = SyntheticSpec.parse("1x2x2");
    RunqueueLayout l = RunqueueLayout.build(t.online().toArray(), t, RunqueueArrangement.SOCKET,
        1, true, 2);
    assertThat(l.runqueues()).hasSize(2);
    assertThat(l.runqueues().get(0)).containsExactly(0, 2);
    assertThat(l.warnings()).isNotEmpty();
  }
}
