package org.hvsched.topology.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hvsched.topology.CoreId;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.Node;
import org.hvsched.topology.NodeId;
import org.hvsched.topology.Socket;
import org.hvsched.topology.Topology;

/**
 * The JSON of spec.md section 2, keys in this order: {@code schemaVersion, summary, sockets,
 * cores, threads, numaNodes, smt, online, offline, packages[{id, nodes, cores[{id, threads}]}],
 * nodes[{id, cpus}]}. Package and core ids are the dense indices {@code hvsched topology} prints;
 * node ids are OS node numbers; {@code threads} and {@code cpus} are ascending OS CPU numbers.
 */
public final class TopologyJson {
  /** The schema version written in {@code schemaVersion}. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private TopologyJson() {}

  /** The JSON tree. */
  public static ObjectNode toJson(Topology topo) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("summary", topo.summary());
    root.put("sockets", topo.sockets().size());
    root.put("cores", topo.cores().size());
    root.put("threads", topo.cpuCount());
    root.put("numaNodes", topo.nodes().size());
    root.put("smt", topo.smt().id());
    root.put("online", topo.online().toString());
    root.put("offline", topo.offline().toString());
    ArrayNode packages = root.putArray("packages");
    for (Socket s : topo.sockets()) {
      ObjectNode p = packages.addObject();
      p.put("id", s.id().index());
      ArrayNode nodes = p.putArray("nodes");
      s.nodes().stream().mapToInt(NodeId::id).forEach(nodes::add);
      ArrayNode cores = p.putArray("cores");
      for (CoreId c : s.cores()) {
        ObjectNode core = cores.addObject();
        core.put("id", c.index());
        ints(core.putArray("threads"), topo.threadsOf(c));
      }
    }
    ArrayNode nodes = root.putArray("nodes");
    for (Node n : topo.nodes()) {
      ObjectNode node = nodes.addObject();
      node.put("id", n.id().id());
      ints(node.putArray("cpus"), n.cpus());
    }
    return root;
  }

  /** The JSON text, pretty-printed, ending in a newline. */
  public static String render(Topology topo) {
    try {
      return MAPPER.writeValueAsString(toJson(topo)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write topology JSON", e);
    }
  }

  private static void ints(ArrayNode array, CpuSet cpus) {
    cpus.stream().forEach(array::add);
  }
}
