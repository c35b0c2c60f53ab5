package org.hvsched.topology.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.SyntheticSpec;
import org.hvsched.topology.Topology;
import org.junit.jupiter.api.Test;

/** Text and JSON output follow spec.md section 2 exactly. */
final class TopologyOutputTest {

  @Test
  void text_listsSocketsCoresNodesAndEndsWithSummary() {
    Topology t = SyntheticSpec.parse("1x2x2");
    assertThat(TopologyText.render(t)).isEqualTo(""
        + "socket 0 (package 0): cpus 0-3, nodes 0\n"
        + "  core 0: 0,2\n"
        + "  core 1: 1,3\n"
        + "node 0: 0-3\n"
        + "online: 0-3\n"
        + "offline: none\n"
        + "1 socket, 2 cores, 4 threads, 1 NUMA node, SMT on\n");
  }

  @Test
  void text_smtOffView_showsOffline() {
    String text = TopologyText.render(SyntheticSpec.parse("2x16x2").smtOff());
    assertThat(text).contains("offline: 32-63\n")
        .endsWith("2 sockets, 32 cores, 32 threads, 2 NUMA nodes, SMT off\n");
  }

  @Test
  void json_keysInSpecOrder() throws Exception {
    Topology t = SyntheticSpec.parse("2x16x2");
    JsonNode json = new ObjectMapper().readTree(TopologyJson.render(t));
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("schemaVersion", "summary", "sockets", "cores", "threads",
        "numaNodes", "smt", "online", "offline", "packages", "nodes");
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.get("summary").asText()).isEqualTo("2 sockets, 32 cores, 64 threads, 2 NUMA nodes, SMT on");
    assertThat(json.get("online").asText()).isEqualTo("0-63");
    assertThat(json.get("offline").asText()).isEmpty();
    JsonNode core0 = json.get("packages").get(0).get("cores").get(0);
    assertThat(core0.toString()).isEqualTo("{\"id\":0,\"threads\":[0,32]}");
    assertThat(json.get("packages").get(1).toString()).startsWith("{\"id\":1,\"nodes\":[1],\"cores\":[{\"id\":16,");
    assertThat(json.get("nodes").get(0).get("cpus").size()).isEqualTo(32);
  }

  @Test
  void json_memoryOnlyNodeAndOffline() throws Exception {
    Topology t = Topology.builder().core(0, CpuSet.of(0, 1)).node(0, CpuSet.of(0, 1))
        .node(1, CpuSet.empty()).offline(CpuSet.of(2)).build();
    JsonNode json = new ObjectMapper().readTree(TopologyJson.render(t));
    assertThat(json.get("numaNodes").asInt()).isEqualTo(2);
    assertThat(json.get("offline").asText()).isEqualTo("2");
    assertThat(json.get("nodes").get(1).toString()).isEqualTo("{\"id\":1,\"cpus\":[]}");
  }
}
