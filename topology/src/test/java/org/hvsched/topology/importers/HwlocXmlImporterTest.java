package org.hvsched.topology.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hvsched.topology.InputException;
import org.hvsched.topology.NodeId;
import org.hvsched.topology.SmtState;
import org.hvsched.topology.SyntheticSpec;
import org.hvsched.topology.Topology;
import org.junit.jupiter.api.Test;

/** hwloc XML written by the real lstopo reads into the model; corrupt XML is named by line. */
final class HwlocXmlImporterTest {

  @Test
  void pack2core8pu2_siblingsAdjacent_oneMachineNode() {
    Topology t = read("hwloc/pack2-core8-pu2.xml");
    assertThat(t.summary()).isEqualTo("2 sockets, 16 cores, 32 threads, 1 NUMA node, SMT on");
    assertThat(t.siblingsOf(0).toString()).isEqualTo("0-1");
    assertThat(t.cpusOf(t.socketOf(16)).toString()).isEqualTo("16-31");
  }

  @Test
  void smt4_fourThreadsPerCore() {
    Topology t = read("hwloc/smt4.xml");
    assertThat(t.threadsPerCore()).isEqualTo(4);
    assertThat(t.threadIndex(7)).isEqualTo(3);
    assertThat(t.smtOff().online().toString()).isEqualTo("0,4,8,12");
  }

  @Test
  void noSmt_smtNone() {
    assertThat(read("hwloc/nosmt.xml").smt()).isEqualTo(SmtState.NONE);
  }

  @Test
  void numaInsideSocket_twoNodesPerPackage() {
    Topology t = read("hwloc/numa-in-socket.xml");
    assertThat(t.summary()).isEqualTo("2 sockets, 16 cores, 32 threads, 4 NUMA nodes, SMT on");
    assertThat(t.sockets().get(1).nodes()).containsExactly(new NodeId(2), new NodeId(3));
    assertThat(t.cpusOf(new NodeId(1)).toString()).isEqualTo("8-15");
  }

  @Test
  void packageLevelMemory_becomesMemoryOnlyNode() {
    Topology t = read("hwloc/numa-in-socket-with-package-memory.xml");
    assertThat(t.nodes()).hasSize(6);
    assertThat(t.cpusOf(new NodeId(2)).isEmpty()).isTrue();
    assertThat(t.cpusOf(new NodeId(5)).isEmpty()).isTrue();
    assertThat(t.cpusOf(new NodeId(0)).toString()).isEqualTo("0-7");
  }

  @Test
  void oddNumbering_keptAsIs() {
    Topology t = read("hwloc/odd-numbering.xml");
    assertThat(t.online().toString()).isEqualTo("0,2,4,6,16,18,20,22");
    assertThat(t.siblingsOf(2).toString()).isEqualTo("2,18");
    assertThat(t.maxCpu()).isEqualTo(22);
  }

  @Test
  void puOutsideCore_ownCore() {
    Topology t = parse(xml("<object type=\"Package\" os_index=\"0\" cpuset=\"0x3\">"
        + "<object type=\"PU\" os_index=\"0\" cpuset=\"0x1\"/><object type=\"PU\" os_index=\"1\" cpuset=\"0x2\"/>"
        + "</object>").replace("complete_cpuset=\"0x0000000f\"", "complete_cpuset=\"0x3\""));
    assertThat(t).isEqualTo(SyntheticSpec.parse("1x2x1"));
  }

  @Test
  void completeCpusetBeyondPus_offline() {
    Topology t = parse(xml("<object type=\"Core\" cpuset=\"0x1\"><object type=\"PU\" os_index=\"0\"/></object>"));
    assertThat(t.offline().toString()).isEqualTo("1-3");
  }

  @Test
  void externalDtd_neverFetched() {
    String text = xml("<object type=\"PU\" os_index=\"0\"/>")
        .replace("hwloc2.dtd", "http://127.0.0.1:9/hwloc2.dtd");
    assertThat(parse(text).cpuCount()).isEqualTo(1);
  }

  @Test
  void externalEntity_refused() {
    String text = "<?xml version=\"1.0\"?>\n<!DOCTYPE topology [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
        + "<topology version=\"2.0\"><object type=\"Machine\"><info name=\"a\" value=\"&x;\"/>"
        + "<object type=\"PU\" os_index=\"0\"/></object></topology>\n";
    assertThatThrownBy(() -> parse(text)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("topo.xml:3:").hasMessageNotContaining("root:");
  }

  @Test
  void truncatedFile_namesLine() {
    String full = Fixtures.text("hwloc/ref-2x4x2-linux.xml");
    String cut = full.substring(0, full.indexOf("<object type=\"Package\" os_index=\"1\""));
    assertThatThrownBy(() -> parse(cut)).isInstanceOf(InputException.class)
        .hasMessageMatching("topo\\.xml:\\d+:\\d+: malformed or truncated XML: .*");
  }

  @Test
  void noPu_rejected() {
    assertError(xml("<object type=\"Package\" os_index=\"0\"/>"), "topo.xml: no <object type=\"PU\">");
  }

  @Test
  void puWithoutOsIndex_namesLine() {
    assertError(xml("\n<object type=\"PU\"/>"), "topo.xml:5: PU without os_index");
  }

  @Test
  void duplicatePu_namesLine() {
    assertError(xml("<object type=\"PU\" os_index=\"0\"/>\n<object type=\"PU\" os_index=\"0\"/>"),
        "topo.xml:5: PU os_index 0 appears twice (first on line 4)");
  }

  @Test
  void coreCpusetDisagreesWithPus_namesLine() {
    assertError(xml("<object type=\"Core\" cpuset=\"0x3\"><object type=\"PU\" os_index=\"0\"/></object>"),
        "topo.xml:4: Core cpuset '0-1' disagrees with its PUs '0'");
  }

  @Test
  void objectWithoutType_namesLine() {
    assertError(xml("<object os_index=\"0\"/>"), "topo.xml:4: <object> without a type attribute");
  }

  @Test
  void hwloc1Xml_rejected() {
    assertError(xml("").replace(" version=\"2.0\"", ""), "topo.xml:3: <topology> version 'null'");
  }

  @Test
  void wrongRoot_rejected() {
    assertError("<?xml version=\"1.0\"?>\n<machine/>\n", "topo.xml:2: root element <machine>");
  }

  private static Topology read(String fixture) {
    String text = Fixtures.text(fixture);
    return HwlocXmlImporter.parse(fixture, text);
  }

  private static Topology parse(String text) {
    return HwlocXmlImporter.parse("topo.xml", text);
  }

  private static void assertError(String text, String message) {
    assertThatThrownBy(() -> parse(text)).isInstanceOf(InputException.class).hasMessageContaining(message);
  }

  /** A minimal hwloc v2 document with {@code body} inside the Machine object (line 4 on). */
  private static String xml(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE topology SYSTEM \"hwloc2.dtd\">\n"
        + "<topology version=\"2.0\"><object type=\"Machine\" cpuset=\"0x1\" complete_cpuset=\"0x0000000f\">\n"
        + body + "\n</object></topology>\n";
  }
}
