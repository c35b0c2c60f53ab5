package org.hvsched.topology.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hvsched.topology.InputException;
import org.hvsched.topology.NodeId;
import org.hvsched.topology.SmtState;
import org.hvsched.topology.Topology;
import org.junit.jupiter.api.Test;

/** xl info -n's cpu_topology and numa_info read into the model; bad rows are named by line. */
final class XlInfoImporterTest {
  private static final String REF = Fixtures.text("xl/ref-2x4x2-xen.txt");

  @Test
  void smt0_parkedThreadsOffline_smtOff() {
    Topology t = parse(Fixtures.text("xl/ref-2x4x2-smt0.txt"));
    assertThat(t.online().toString()).isEqualTo("0,2,4,6,8,10,12,14");
    assertThat(t.offline().toString()).isEqualTo("1,3,5,7,9,11,13,15");
    assertThat(t.smt()).isEqualTo(SmtState.OFF);
  }

  @Test
  void sparseCoreIdsAndMemoryNode() {
    Topology t = parse(Fixtures.text("xl/sparse-cores-memory-node.txt"));
    assertThat(t.summary()).isEqualTo("2 sockets, 12 cores, 24 threads, 3 NUMA nodes, SMT on");
    assertThat(t.cpusOf(new NodeId(2)).isEmpty()).isTrue();
    assertThat(t.siblingsOf(6).toString()).isEqualTo("6-7");
  }

  @Test
  void missingSection_rejected() {
    assertError("nr_cpus                : 16\n", "xl.txt: no 'cpu_topology' section");
  }

  @Test
  void badHeader_rejected() {
    assertError(REF.replace("cpu:    core    socket     node", "cpu: core"), "xl.txt:20:1: expected the header");
  }

  @Test
  void malformedRow_namesLine() {
    assertError(REF.replace("  3:       1        0        0", "  3:       x        0        0"),
        "xl.txt:24:1: found '3:       x        0        0'");
  }

  @Test
  void duplicateCpu_namesLine() {
    assertError(REF.replace("  3:       1        0        0", "  2:       1        0        0"),
        "xl.txt:24:1: CPU 2 appears twice");
  }

  @Test
  void nrCpusMismatch_namesLine() {
    assertError(REF.replace("nr_cpus                : 16", "nr_cpus                : 12"),
        "xl.txt:5:1: nr_cpus is '12' but cpu_topology lists 16 CPUs");
  }

  @Test
  void nodeNotInNumaInfo_rejected() {
    assertError(REF.replace(" 15:       3        1        1", " 15:       3        1        4"),
        "xl.txt:36:1: CPU 15 is in node 4 which numa_info does not list");
  }

  @Test
  void coreAcrossNodes_rejected() {
    assertError(REF.replace(" 15:       3        1        1", " 15:       3        1        0"),
        "spans NUMA nodes");
  }

  @Test
  void maxCpuIdTooSmall_rejected() {
    assertError(REF.replace("max_cpu_id             : 15", "max_cpu_id             : 7"),
        "xl.txt:6:1: max_cpu_id is 7 but cpu_topology lists CPU 15");
  }

  private static Topology parse(String text) {
    return XlInfoImporter.parse("xl.txt", text);
  }

  private static void assertError(String text, String message) {
    assertThatThrownBy(() -> parse(text)).isInstanceOf(InputException.class).hasMessageContaining(message);
  }
}
