package org.hvsched.harness.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.harness.yaml.Values;
import org.hvsched.harness.yaml.YamlNode;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.Topology;

/**
 * Reads {@code pools:}: disjoint pools of whole cores with unique names. Without it, one pool
 * {@code pool0} of every online CPU runs the scenario's policy. CPUs in no pool stay idle.
 */
final class PoolParser {
  private PoolParser() {}

  static List<PoolDef> parse(Optional<YamlNode> node, Topology topology) {
    if (node.isEmpty()) {
      return List.of(new PoolDef(PoolDef.DEFAULT_NAME, topology.online(), Optional.empty(),
          new org.hvsched.harness.yaml.Location("", 0, 0)));
    }
    if (!(node.get() instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
      throw Values.error(node.get(), "pools", "a non-empty list of {name, cpus, policy}");
    }
    List<PoolDef> pools = new ArrayList<>();
    CpuSet taken = CpuSet.empty();
    for (int i = 0; i < seq.items().size(); i++) {
      PoolDef p = one(seq.items().get(i), "pools[" + i + "]", topology);
      for (PoolDef other : pools) {
        if (other.name().equals(p.name())) {
          throw p.location().error("pools[" + i + "].name: found '" + p.name()
              + "' again, expected a name no other pool has");
        }
      }
      if (p.cpus().intersects(taken)) {
        throw p.location().error("pools[" + i + "].cpus: CPUs " + p.cpus().intersect(taken)
            + " are already in another pool, expected disjoint pools");
      }
      taken = taken.union(p.cpus());
      pools.add(p);
    }
    return pools;
  }

  private static PoolDef one(YamlNode node, String path, Topology topology) {
    MapReader r = MapReader.of(node, path);
    String name = Values.name(r.require("name", "a pool name"), r.path("name"));
    YamlNode cpusNode = r.require("cpus", "the pool's CPUs, whole cores (e.g. \"0-1,4-5\")");
    CpuSet cpus = Values.cpuSet(cpusNode, r.path("cpus"), topology);
    Optional<PolicyRef> policy = r.get("policy").map(n -> PolicyParser.parse(n, r.path("policy")));
    r.finish();
    if (cpus.isEmpty()) {
      throw Values.error(cpusNode, r.path("cpus"), "at least one CPU");
    }
    if (!topology.online().containsAll(cpus)) {
      throw cpusNode.location().error(r.path("cpus") + ": CPUs " + cpus.minus(topology.online())
          + " are not online on the host, expected CPUs within " + topology.online());
    }
    for (int cpu : cpus) {
      CpuSet core = topology.siblingsOf(cpu);
      if (!cpus.containsAll(core)) {
        throw cpusNode.location().error(r.path("cpus") + ": found part of the core of CPU "
            + cpu + " (" + cpus.intersect(core) + " of " + core + "), expected whole cores");
      }
    }
    return new PoolDef(name, cpus, policy, node.location());
  }
}
