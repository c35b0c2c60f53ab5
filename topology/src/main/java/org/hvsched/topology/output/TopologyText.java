package org.hvsched.topology.output;

import java.util.stream.Collectors;
import org.hvsched.topology.Core;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.Node;
import org.hvsched.topology.Socket;
import org.hvsched.topology.Topology;

/**
 * The text form of a host: one line per socket with its cores (threads as CPU lists), one line
 * per NUMA node, the online and offline CPUs, and the summary line of spec.md section 2 last.
 *
 * <pre>
 * socket 0 (package 0): cpus 0-3,8-11, nodes 0
 *   core 0: 0,8
 * node 0: 0-3,8-11
 * online: 0-15
 * offline: none
 * 2 sockets, 8 cores, 16 threads, 2 NUMA nodes, SMT on
 * </pre>
 */
public final class TopologyText {
  private TopologyText() {}

  /** The text, each line ending in a newline. */
  public static String render(Topology topo) {
    StringBuilder sb = new StringBuilder();
    for (Socket s : topo.sockets()) {
      sb.append("socket ").append(s.id().index()).append(" (package ").append(s.osId())
          .append("): cpus ").append(topo.cpusOf(s.id())).append(", nodes ")
          .append(s.nodes().stream().map(n -> Integer.toString(n.id())).collect(Collectors.joining(",")))
          .append('\n');
      for (var coreId : s.cores()) {
        Core core = topo.core(coreId);
        sb.append("  core ").append(coreId.index()).append(": ").append(core.threads()).append('\n');
      }
    }
    for (Node n : topo.nodes()) {
      sb.append("node ").append(n.id().id()).append(": ")
          .append(n.cpus().isEmpty() ? "no CPUs (memory only)" : n.cpus().toString()).append('\n');
    }
    sb.append("online: ").append(orNone(topo.online())).append('\n');
    sb.append("offline: ").append(orNone(topo.offline())).append('\n');
    sb.append(topo.summary()).append('\n');
    return sb.toString();
  }

  private static String orNone(CpuSet set) {
    return set.isEmpty() ? "none" : set.toString();
  }
}
