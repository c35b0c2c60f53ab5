package org.hvsched.harness.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hvsched.api.imports.DomainImporter;
import org.hvsched.api.imports.ImportedDomain;
import org.hvsched.harness.workload.CpuBound;
import org.hvsched.harness.workload.WorkloadCommon;
import org.hvsched.harness.workload.WorkloadContext;
import org.hvsched.harness.workload.WorkloadSpec;
import org.hvsched.harness.yaml.Location;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.harness.yaml.Values;
import org.hvsched.harness.yaml.YamlNode;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InterferenceClass;
import org.hvsched.topology.Topology;

/**
 * Reads one entry of {@code domains:}: a domain written out, or an import ({@code xl: FILE},
 * {@code libvirt: FILE}, any installed {@link DomainImporter}'s key) whose values the keys given
 * beside it override. Defaults: weight 256, cap 0, affinities all online CPUs, the first pool,
 * trust = name, workload {@code cpu-bound}.
 */
final class DomainParser {
  static final List<String> KEYS = List.of("name", "vcpus", "weight", "cap", "affinity",
      "softAffinity", "vcpuAffinity", "pool", "trust", "workload", "threads");
  static final int DEFAULT_WEIGHT = 256;

  private final Topology topology;
  private final Path baseDir;
  private final List<PoolDef> pools;
  private final Importers importers;

  DomainParser(Topology topology, Path baseDir, List<PoolDef> pools, Importers importers) {
    this.topology = topology;
    this.baseDir = baseDir;
    this.pools = pools;
    this.importers = importers;
  }

  DomainDef parse(YamlNode node, String path) {
    MapReader r = MapReader.of(node, path);
    Optional<Imported> imp = importOf(r);
    String name = r.get("name").map(n -> Values.name(n, r.path("name")))
        .or(() -> imp.map(i -> i.domain.name()))
        .orElseThrow(() -> r.location().error(path + ": key 'name' is missing, expected a"
            + " domain name"));
    int vcpus = r.get("vcpus").map(n -> Values.intIn(n, r.path("vcpus"), 1, 4096))
        .or(() -> imp.map(i -> i.domain.vcpus()))
        .orElseThrow(() -> r.location().error(path + ": key 'vcpus' is missing, expected a"
            + " number of vCPUs (1..4096)"));
    int weight = r.get("weight").map(n -> Values.intIn(n, r.path("weight"), 1, 65535))
        .orElse(imp.flatMap(i -> boxed(i.domain.weight())).orElse(DEFAULT_WEIGHT));
    int cap = r.get("cap").map(n -> Values.intIn(n, r.path("cap"), 0, 100 * vcpus))
        .orElse(imp.flatMap(i -> boxed(i.domain.capPercent())).orElse(0));
    Location affinityAt = r.get("affinity").map(YamlNode::location)
        .or(() -> imp.map(i -> i.at)).orElse(r.location());
    CpuSet affinity = affinity(r, "affinity", imp.flatMap(i -> i.domain.affinity()), imp);
    CpuSet soft = affinity(r, "softAffinity", imp.flatMap(i -> i.domain.softAffinity()), imp);
    Map<Integer, CpuSet> perVcpu = r.get("vcpuAffinity")
        .map(n -> vcpuAffinity(n, r.path("vcpuAffinity"), vcpus))
        .orElse(imp.map(i -> vcpuPins(i, vcpus)).orElse(Map.of()));
    String pool = pool(r, imp);
    String trust = r.get("trust").map(n -> Values.name(n, r.path("trust"))).orElse(name);
    WorkloadSpec workload = r.get("workload")
        .map(n -> WorkloadParser.parse(n, r.path("workload"), WorkloadContext.domain(vcpus)))
        .orElse(new CpuBound(WorkloadCommon.all(InterferenceClass.COMPUTE, vcpus)));
    List<ThreadDef> threads = r.get("threads")
        .map(n -> new ThreadParser(topology).parseAll(n, r.path("threads")))
        .orElse(imp.map(i -> new ThreadParser(topology).imported(i.domain, i.at))
            .orElse(List.of()));
    r.finish();
    return new DomainDef(name, vcpus, weight, cap, affinity, soft, perVcpu, pool, trust,
        workload, threads, imp.map(i -> i.key + ": " + i.file), imp.map(i ->
            i.domain.settings()).orElse(Map.of()), imp.map(i -> i.domain.notes())
            .orElse(List.of()), node.location(), affinityAt);
  }

  /** An import entry: the importer key, the file as written, the domain and where. */
  private record Imported(String key, String file, ImportedDomain domain, Location at) {}

  private Optional<Imported> importOf(MapReader r) {
    Optional<String> key = Optional.empty();
    for (String k : r.keys()) {
      if (KEYS.contains(k)) {
        continue;
      }
      Location at = r.keyLocation(k);
      boolean installed = importers.byKey(k).isPresent();
      if (!installed && !Importers.SPEC_KEYS.contains(k)) {
        throw at.error(r.path() + ": unknown key '" + k + "', expected one of: "
            + String.join(", ", KEYS) + ", or an import key (installed importers: "
            + importers.known() + ")");
      }
      if (!installed) {
        throw at.error(r.path() + ": no importer for '" + k + "' is installed, expected one"
            + " of the installed importers: " + importers.known());
      }
      if (key.isPresent()) {
        throw at.error(r.path() + ": found a second import key '" + k + "' beside '"
            + key.get() + "', expected one import per domain");
      }
      key = Optional.of(k);
    }
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String k = key.get();
    YamlNode fileNode = r.get(k).orElseThrow(() -> r.keyLocation(k).error(r.path(k)
        + ": found an empty value, expected a file path"));
    String file = Values.text(fileNode, r.path(k), "a file path");
    DomainImporter importer = importers.byKey(k).orElseThrow();
    ImportedDomain d = importer.read(baseDir.resolve(file));
    return Optional.of(new Imported(k, file, d, fileNode.location()));
  }

  private CpuSet affinity(MapReader r, String key, Optional<String> imported,
      Optional<Imported> imp) {
    Optional<YamlNode> node = r.get(key);
    CpuSet set;
    Location at;
    if (node.isPresent()) {
      set = Values.cpuSet(node.get(), r.path(key), topology);
      at = node.get().location();
    } else if (imported.isPresent()) {
      at = imp.orElseThrow().at;
      set = importedSet(imported.get(), r.path(key), at);
    } else {
      return topology.online();
    }
    return checkOnline(set, r.path(key), at);
  }

  private CpuSet importedSet(String text, String path, Location at) {
    try {
      return CpuSet.parse(text, topology);
    } catch (IllegalArgumentException e) {
      throw at.error(path + " (imported): '" + text + "' is not a CPU set: " + e.getMessage());
    }
  }

  private CpuSet checkOnline(CpuSet set, String path, Location at) {
    if (set.isEmpty()) {
      throw at.error(path + ": found an empty CPU set, expected at least one online CPU");
    }
    if (!topology.online().containsAll(set)) {
      throw at.error(path + ": CPUs " + set.minus(topology.online()) + " are not online on the"
          + " host, expected CPUs within " + topology.online());
    }
    return set;
  }

  private Map<Integer, CpuSet> vcpuPins(Imported i, int vcpus) {
    Map<Integer, CpuSet> out = new TreeMap<>();
    for (Map.Entry<Integer, String> e : new TreeMap<>(i.domain.vcpuAffinity()).entrySet()) {
      String path = i.key + " vcpu " + e.getKey();
      if (e.getKey() < 0 || e.getKey() >= vcpus) {
        throw i.at.error(path + ": pins vCPU " + e.getKey() + ", expected a vCPU index below "
            + vcpus);
      }
      out.put(e.getKey(), checkOnline(importedSet(e.getValue(), path, i.at), path, i.at));
    }
    return out;
  }

  /** The extension key {@code vcpuAffinity: {INDEX: CPUS, ...}} (per-vCPU pinning). */
  private Map<Integer, CpuSet> vcpuAffinity(YamlNode node, String path, int vcpus) {
    MapReader m = MapReader.of(node, path);
    Map<Integer, CpuSet> out = new TreeMap<>();
    for (String key : m.keys()) {
      Location at = m.keyLocation(key);
      if (!key.matches("\\d{1,4}") || Integer.parseInt(key) >= vcpus) {
        throw at.error(path + ": found key '" + key + "', expected a vCPU index below " + vcpus);
      }
      YamlNode v = m.entries().get(key);
      out.put(Integer.parseInt(key), checkOnline(Values.cpuSet(v, m.path(key), topology),
          m.path(key), v.location()));
    }
    return out;
  }

  private String pool(MapReader r, Optional<Imported> imp) {
    Optional<YamlNode> node = r.get("pool");
    String name = node.map(n -> Values.name(n, r.path("pool")))
        .or(() -> imp.flatMap(i -> i.domain.pool())).orElse(pools.get(0).name());
    if (pools.stream().noneMatch(p -> p.name().equals(name))) {
      Location at = node.map(YamlNode::location).or(() -> imp.map(i -> i.at))
          .orElse(r.location());
      throw at.error(r.path("pool") + ": unknown pool '" + name + "', expected one of: "
          + String.join(", ", pools.stream().map(PoolDef::name).toList()));
    }
    return name;
  }

  private static Optional<Integer> boxed(java.util.OptionalInt v) {
    return v.isPresent() ? Optional.of(v.getAsInt()) : Optional.empty();
  }

  List<DomainDef> parseAll(YamlNode node) {
    if (!(node instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
      throw Values.error(node, "domains", "a non-empty list of domains");
    }
    List<DomainDef> out = new ArrayList<>();
    for (int i = 0; i < seq.items().size(); i++) {
      DomainDef d = parse(seq.items().get(i), "domains[" + i + "]");
      for (DomainDef other : out) {
        if (other.name().equals(d.name())) {
          throw d.location().error("domains[" + i + "].name: found '" + d.name()
              + "' again, expected a name no other domain has");
        }
      }
      out.add(d);
    }
    return out;
  }
}
