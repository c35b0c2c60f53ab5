package org.hvsched.topology;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The silicon of one host as a source described it, before any view (online set) is applied:
 * every core with all its threads (offline ones included where the source knows them), the NUMA
 * nodes, and CPUs known only to exist. Validated on construction; shared by all views.
 */
final class Hardware {
  /** A core as the source gave it; {@code dieOsId} is -1 where the source has no die level. */
  record HwCore(int socketOsId, int dieOsId, CpuSet threads) {}

  final List<HwCore> cores;
  final Map<Integer, CpuSet> nodes;
  final CpuSet coreCpus;
  final CpuSet offlineWithoutTopology;
  final int maxCpu;
  final boolean smtCapable;
  /** Socket OS ids in the order of their lowest CPU. */
  final List<Integer> socketOrder;

  Hardware(List<HwCore> cores, Map<Integer, CpuSet> nodes, CpuSet offlineWithoutTopology,
      boolean smtHint) {
    if (cores.isEmpty()) {
      throw new IllegalArgumentException("a topology needs at least one core");
    }
    List<HwCore> sorted = new ArrayList<>(cores);
    sorted.sort(Comparator.comparing(HwCore::threads));
    this.cores = List.copyOf(sorted);
    this.coreCpus = disjointUnion(sorted);
    if (offlineWithoutTopology.intersects(coreCpus)) {
      throw new IllegalArgumentException("CPUs " + offlineWithoutTopology.intersect(coreCpus)
          + " are listed both as CPUs without topology and inside cores");
    }
    this.offlineWithoutTopology = offlineWithoutTopology;
    this.nodes = nodes.isEmpty() ? Map.of(0, coreCpus) : checkNodes(nodes);
    CpuSet all = coreCpus.union(offlineWithoutTopology);
    this.maxCpu = all.last();
    this.smtCapable = smtHint || sorted.stream().anyMatch(c -> c.threads().size() > 1);
    this.socketOrder = sorted.stream().map(HwCore::socketOsId).distinct().toList();
    checkCoresInOneNode();
  }

  /** The node each CPU of {@code online} is in, indexed by CPU; -1 elsewhere. */
  int[] nodeArray(CpuSet online) {
    int[] nodeOf = new int[maxCpu + 1];
    java.util.Arrays.fill(nodeOf, -1);
    for (Map.Entry<Integer, CpuSet> e : nodes.entrySet()) {
      e.getValue().stream().filter(c -> c <= maxCpu).forEach(c -> nodeOf[c] = e.getKey());
    }
    for (int cpu : online.toArray()) {
      if (nodeOf[cpu] < 0) {
        throw new IllegalArgumentException("online CPU " + cpu + " is in no NUMA node");
      }
    }
    return nodeOf;
  }

  private static CpuSet disjointUnion(List<HwCore> cores) {
    BitSet seen = new BitSet();
    for (HwCore core : cores) {
      if (core.threads().isEmpty()) {
        throw new IllegalArgumentException("a core of socket " + core.socketOsId() + " has no thread");
      }
      for (int cpu : core.threads().toArray()) {
        if (seen.get(cpu)) {
          HwCore other = cores.stream().filter(c -> c != core && c.threads().contains(cpu))
              .findFirst().orElseThrow();
          throw new IllegalArgumentException("CPU " + cpu + " is in two cores: {" + other.threads()
              + "} and {" + core.threads() + "}");
        }
        seen.set(cpu);
      }
    }
    return CpuSet.fromBitSet(seen);
  }

  private static Map<Integer, CpuSet> checkNodes(Map<Integer, CpuSet> nodes) {
    TreeMap<Integer, CpuSet> sorted = new TreeMap<>(nodes);
    CpuSet seen = CpuSet.empty();
    for (Map.Entry<Integer, CpuSet> e : sorted.entrySet()) {
      if (e.getKey() < 0) {
        throw new IllegalArgumentException("NUMA node id must be >= 0: " + e.getKey());
      }
      if (seen.intersects(e.getValue())) {
        throw new IllegalArgumentException("CPUs " + seen.intersect(e.getValue())
            + " are in NUMA node " + e.getKey() + " and in another node");
      }
      seen = seen.union(e.getValue());
    }
    return java.util.Collections.unmodifiableMap(sorted);
  }

  private void checkCoresInOneNode() {
    for (HwCore core : cores) {
      List<Integer> inNodes = nodes.entrySet().stream()
          .filter(e -> e.getValue().intersects(core.threads())).map(Map.Entry::getKey).toList();
      if (inNodes.size() > 1) {
        throw new IllegalArgumentException("core {" + core.threads() + "} spans NUMA nodes " + inNodes
            + ": the threads of one core share one node");
      }
    }
  }
}
