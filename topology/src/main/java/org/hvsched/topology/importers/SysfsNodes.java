package org.hvsched.topology.importers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InputException;

/**
 * NUMA nodes of a sysfs copy: {@code node/nodeN/cpulist} (or {@code cpumap}) beside the {@code
 * cpu} directory; without it, the {@code cpuN/nodeM} links; without those, no nodes (one node 0).
 */
final class SysfsNodes {
  private SysfsNodes() {}

  static Map<Integer, CpuSet> read(Path cpuDir, Map<Integer, Path> cpus, CpuSet online) {
    Path nodeDir = cpuDir.getParent() == null ? null : cpuDir.getParent().resolve("node");
    Map<Integer, CpuSet> nodes = new TreeMap<>();
    if (nodeDir != null && Files.isDirectory(nodeDir)) {
      for (Map.Entry<Integer, Path> e : SysfsImporter.nodeDirs(nodeDir).entrySet()) {
        nodes.put(e.getKey(), nodeCpus(e.getValue()));
      }
      if (!nodes.isEmpty()) {
        return nodes;
      }
    }
    return fromCpuLinks(cpus, online);
  }

  private static CpuSet nodeCpus(Path node) {
    Path list = node.resolve("cpulist");
    if (Files.exists(list)) {
      return TextFile.cpus(list);
    }
    Path map = node.resolve("cpumap");
    if (Files.exists(map)) {
      return TextFile.mask(map);
    }
    throw new InputException(node.toString(), "has neither cpulist nor cpumap: expected the node's CPUs");
  }

  private static Map<Integer, CpuSet> fromCpuLinks(Map<Integer, Path> cpus, CpuSet online) {
    Map<Integer, java.util.BitSet> byNode = new TreeMap<>();
    for (int cpu : online.toArray()) {
      Map<Integer, Path> links = SysfsImporter.nodeDirs(cpus.get(cpu));
      if (links.size() != 1) {
        return Map.of();
      }
      byNode.computeIfAbsent(links.keySet().iterator().next(), k -> new java.util.BitSet()).set(cpu);
    }
    Map<Integer, CpuSet> result = new TreeMap<>();
    byNode.forEach((id, bits) -> result.put(id, CpuSet.fromBitSet(bits)));
    return result;
  }
}
