package org.hvsched.harness.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hvsched.core.HostCosts;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.harness.yaml.Values;
import org.hvsched.harness.yaml.YamlNode;
import org.hvsched.harness.yaml.YamlTrees;
import org.hvsched.topology.InputException;

/**
 * Reads a scenario file (spec.md section 3): every key parsed, validated and defaulted
 * ({@code docs/scenario.md}); unknown keys and out-of-range values are {@link InputException}s
 * naming the file, line, column and key. Policies and their settings are checked when a run is
 * built ({@link PolicyResolver}), so a scenario for {@code compare} needs no policy.
 */
public final class ScenarioParser {
  private ScenarioParser() {}

  /** Reads {@code file}; messages name it as given. */
  public static Scenario parse(Path file) {
    Path base = file.toAbsolutePath().getParent();
    return parse(YamlTrees.read(file, file.toString()), file.toString(),
        base == null ? Path.of(".") : base);
  }

  /**
   * Parses {@code text}; {@code displayName} names it in messages, relative paths resolve in
   * {@code baseDir}.
   */
  public static Scenario parse(String text, String displayName, Path baseDir) {
    return parse(YamlTrees.parse(text, displayName), displayName, baseDir);
  }

  private static Scenario parse(YamlNode root, String file, Path baseDir) {
    MapReader r = MapReader.of(root, "");
    String name = Values.name(r.require("name", "the scenario's name"), "name");
    String description = r.get("description")
        .map(n -> Values.text(n, "description", "text")).orElse("");
    TopologyReader.Read topo = TopologyReader.read(
        r.require("topology", "a topology such as 1x4x2"), baseDir);
    boolean smt = r.get("smt").map(n -> Values.bool(n, "smt")).orElse(true);
    YamlNode durationNode = r.require("duration", "the simulated time, e.g. 10s");
    long duration = Values.positiveDurationNs(durationNode, "duration");
    long warmup = r.get("warmup").map(n -> {
      long w = Values.durationNs(n, "warmup");
      if (w >= duration) {
        throw Values.error(n, "warmup", "a warm-up shorter than duration ("
            + durationNode.describe() + ")");
      }
      return w;
    }).orElse(0L);
    long seed = r.get("seed").map(n -> Values.integer(n, "seed", 0, Long.MAX_VALUE)).orElse(1L);
    Optional<PolicyRef> policy = r.get("policy").map(n -> PolicyParser.parse(n, "policy"));
    HostCosts host = HostParser.parse(r.get("host"));
    Optional<YamlNode> poolsNode = r.get("pools");
    List<PoolDef> pools = PoolParser.parse(poolsNode, topo.topology());
    List<DomainDef> domains = new DomainParser(topo.topology(), baseDir, pools, new Importers())
        .parseAll(r.require("domains", "a list of domains"));
    List<ConfigRef> configs = ConfigParser.parse(r.get("configs"));
    r.finish();
    return new Scenario(file, baseDir, name, description, topo.source(), topo.topology(), smt,
        duration, warmup, seed, policy, host, pools, poolsNode.isPresent(), domains, configs);
  }
}
