package org.hvsched.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatObject;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Topology answers per-CPU queries consistently in every view (full, SMT off, restricted). */
final class TopologyTest {

  @Test
  void linuxNumbering_siblingsAreHalfApart() {
    Topology t = SyntheticSpec.parse("2x4x2");
    assertThatObject(t.siblingsOf(0)).isEqualTo(CpuSet.of(0, 8));
    assertThat(t.threadIndex(8)).isEqualTo(1);
    assertThat(t.coreOf(8)).isEqualTo(new CoreId(0));
    assertThat(t.socketOf(12)).isEqualTo(new SocketId(1));
    assertThat(t.nodeOf(12)).isEqualTo(new NodeId(1));
    assertThat(t.cpusOf(new SocketId(0)).toString()).isEqualTo("0-3,8-11");
    assertThat(t.cpusOf(new NodeId(1)).toString()).isEqualTo("4-7,12-15");
    assertThat(t.coresOf(new SocketId(1))).hasSize(4).first().isEqualTo(new CoreId(4));
    assertThat(t.relation(0, 8)).isEqualTo(CpuRelation.SAME_CORE);
    assertThat(t.relation(0, 1)).isEqualTo(CpuRelation.SAME_SOCKET);
    assertThat(t.relation(0, 4)).isEqualTo(CpuRelation.OTHER);
    assertThat(t.relation(3, 3)).isEqualTo(CpuRelation.SAME_CPU);
    assertThat(t.summary()).isEqualTo("2 sockets, 8 cores, 16 threads, 2 NUMA nodes, SMT on");
  }

  @Test
  void xenNumbering_siblingsAdjacent() {
    Topology t = SyntheticSpec.parse("1x4x2,numbering=xen");
    assertThat(t.cores()).extracting(Core::threads)
        .containsExactly(CpuSet.of(0, 1), CpuSet.of(2, 3), CpuSet.of(4, 5), CpuSet.of(6, 7));
    assertThat(t.summary()).isEqualTo("1 socket, 4 cores, 8 threads, 1 NUMA node, SMT on");
  }

  @Test
  void everyView_queriesAgreeWithLists() {
    Topology host = SyntheticSpec.parse("2x4x2,nodes=2");
    for (Topology t : List.of(host, host.smtOff(), host.restrictTo(CpuSet.parse("1-2,9-10,5")))) {
      for (Core core : t.cores()) {
        assertThat(t.cores().get(core.id().index())).isEqualTo(core);
        int[] threads = core.threads().toArray();
        for (int i = 0; i < threads.length; i++) {
          assertThat(t.coreOf(threads[i])).isEqualTo(core.id());
          assertThat(t.threadIndex(threads[i])).isEqualTo(i);
          assertThatObject(t.siblingsOf(threads[i])).isEqualTo(core.threads());
          assertThat(t.socketOf(threads[i])).isEqualTo(core.socket());
          assertThat(t.cpusOf(t.nodeOf(threads[i])).contains(threads[i])).isTrue();
        }
        assertThat(t.coresOf(core.socket())).contains(core.id());
      }
      assertThat(t.cores().stream().mapToInt(c -> c.threads().size()).sum()).isEqualTo(t.cpuCount());
      assertThatObject(t.online().union(t.offline())).isEqualTo(CpuSet.range(0, 15));
    }
  }

  @Test
  void smtOff_keepsFirstThreadOfEachCore() {
    Topology off = SyntheticSpec.parse("2x16x2").smtOff();
    assertThat(off.online().toString()).isEqualTo("0-31");
    assertThat(off.offline().toString()).isEqualTo("32-63");
    assertThat(off.smt()).isEqualTo(SmtState.OFF);
    assertThat(off.threadsPerCore()).isEqualTo(1);
    assertThat(off.summary()).isEqualTo("2 sockets, 32 cores, 32 threads, 2 NUMA nodes, SMT off");
    assertThatThrownBy(() -> off.coreOf(32)).hasMessageContaining("CPU 32 is not online");
  }

  @Test
  void noSmtHardware_reportsNone() {
    Topology t = SyntheticSpec.parse("1x2x1");
    assertThat(t.smt()).isEqualTo(SmtState.NONE);
    assertThat(t.smtOff().smt()).isEqualTo(SmtState.NONE);
    assertThat(t.summary()).isEqualTo("1 socket, 2 cores, 2 threads, 1 NUMA node, SMT none");
  }

  @Test
  void restrictTo_dropsEmptyCoresAndSockets_keepsNumbering() {
    Topology pool = SyntheticSpec.parse("2x4x2").restrictTo(CpuSet.of(5, 13, 6));
    assertThat(pool.sockets()).hasSize(1);
    assertThat(pool.sockets().get(0).osId()).isEqualTo(1);
    assertThat(pool.cores()).extracting(Core::threads).containsExactly(CpuSet.of(5, 13), CpuSet.of(6));
    assertThat(pool.uniformThreadsPerCore()).isFalse();
    assertThat(pool.nodes()).hasSize(2);
    assertThatObject(pool.cpusOf(new NodeId(0))).isEqualTo(CpuSet.empty());
    assertThatThrownBy(() -> pool.restrictTo(CpuSet.of(0))).hasMessageContaining("not online");
  }

  @Test
  void builder_cpuInTwoCores_rejected() {
    Topology.Builder b = Topology.builder().core(0, CpuSet.of(0, 1)).core(0, CpuSet.of(1, 2));
    assertThatThrownBy(b::build).hasMessageContaining("CPU 1 is in two cores");
  }

  @Test
  void builder_memoryOnlyNodeAndOfflineCpus() {
    Topology t = Topology.builder().core(0, CpuSet.of(0, 2)).core(0, CpuSet.of(1, 3))
        .node(0, CpuSet.of(0, 1, 2)).node(1, CpuSet.empty()).offline(CpuSet.of(3, 7)).build();
    assertThatObject(t.online()).isEqualTo(CpuSet.of(0, 1, 2));
    assertThatObject(t.offline()).isEqualTo(CpuSet.of(3, 7));
    assertThat(t.maxCpu()).isEqualTo(7);
    assertThat(t.nodes()).extracting(Node::id).containsExactly(new NodeId(0), new NodeId(1));
    assertThat(t.summary()).isEqualTo("1 socket, 2 cores, 3 threads, 2 NUMA nodes, SMT on");
  }

  @Test
  void builder_onlineCpuWithoutNode_rejected() {
    Topology.Builder b = Topology.builder().core(0, CpuSet.of(0)).core(0, CpuSet.of(1))
        .node(0, CpuSet.of(0));
    assertThatThrownBy(b::build).hasMessageContaining("online CPU 1 is in no NUMA node");
  }

  @Test
  void builder_coreAcrossNodes_rejected() {
    Topology.Builder b = Topology.builder().core(0, CpuSet.of(0, 1))
        .node(0, CpuSet.of(0)).node(1, CpuSet.of(1));
    assertThatThrownBy(b::build).hasMessageContaining("spans NUMA nodes");
  }
}
