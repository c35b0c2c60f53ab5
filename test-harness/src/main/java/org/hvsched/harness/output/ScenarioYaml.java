package org.hvsched.harness.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hvsched.core.HostCosts;
import org.hvsched.core.random.Durations;
import org.hvsched.harness.run.RunOverrides;
import org.hvsched.harness.run.ScenarioRunner;
import org.hvsched.harness.scenario.ConfigRef;
import org.hvsched.harness.scenario.DomainDef;
import org.hvsched.harness.scenario.PolicyRef;
import org.hvsched.harness.scenario.PolicyResolver;
import org.hvsched.harness.scenario.PoolDef;
import org.hvsched.harness.scenario.Scenario;
import org.hvsched.harness.scenario.ThreadDef;
import org.hvsched.harness.yaml.DistributionParser;
import org.hvsched.harness.yaml.Values;

/**
 * What {@code hvsched validate} prints: the scenario fully resolved, every default filled in and
 * every policy's settings resolved, as YAML that the parser reads back to the same scenario
 * (imported domains appear written out; what their files held but hvsched does not model follows
 * as comments). Rendering also checks what a run would check: every policy and setting, and, when
 * every pool has a policy, the run built from the scenario (affinities within pools).
 */
public final class ScenarioYaml {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));

  private ScenarioYaml() {}

  /**
   * The resolved scenario as YAML text.
   *
   * @throws org.hvsched.topology.InputException for an unknown policy, a bad setting, or a run
   *     that could not be built
   */
  public static String render(Scenario s) {
    if (s.pools().stream().allMatch(p -> p.policy().isPresent() || s.policy().isPresent())) {
      ScenarioRunner.plan(s, RunOverrides.none());
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("name", s.name());
    root.put("description", s.description());
    root.put("topology", s.topologySource().render());
    root.put("smt", s.smt() ? "on" : "off");
    root.put("duration", Durations.format(s.durationNs()));
    root.put("warmup", Durations.format(s.warmupNs()));
    root.put("seed", s.seed());
    s.policy().ifPresent(p -> root.put("policy", policy(p)));
    root.put("host", host(s.host()));
    root.put("pools", s.pools().stream().map(ScenarioYaml::pool).toList());
    root.put("domains", s.domains().stream().map(ScenarioYaml::domain).toList());
    if (!s.configs().isEmpty()) {
      root.put("configs", s.configs().stream().map(ScenarioYaml::config).toList());
    }
    try {
      return YAML.writeValueAsString(root).replace("\r\n", "\n") + notes(s);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> policy(PolicyRef p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("settings", new LinkedHashMap<>(PolicyResolver.resolve(p).asMap()));
    return m;
  }

  private static Map<String, Object> host(HostCosts h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("contextSwitch", Durations.format(h.contextSwitchNs()));
    m.put("ipiLatency", Durations.format(h.ipiLatencyNs()));
    m.put("rendezvous", Durations.format(h.rendezvousNs()));
    m.put("interruptRate", Values.formatRate(h.interruptRatePerSec()));
    m.put("interruptCost", DistributionParser.format(h.interruptCost()));
    return m;
  }

  private static Map<String, Object> pool(PoolDef p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("cpus", p.cpus().toString());
    p.policy().ifPresent(pol -> m.put("policy", policy(pol)));
    return m;
  }

  private static Map<String, Object> domain(DomainDef d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", d.name());
    m.put("vcpus", (long) d.vcpus());
    m.put("weight", (long) d.weight());
    m.put("cap", (long) d.capPercent());
    m.put("affinity", d.affinity().toString());
    m.put("softAffinity", d.softAffinity().toString());
    if (!d.vcpuAffinity().isEmpty()) {
      Map<String, Object> pins = new LinkedHashMap<>();
      d.vcpuAffinity().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> pins.put(Integer.toString(e.getKey()), e.getValue().toString()));
      m.put("vcpuAffinity", pins);
    }
    m.put("pool", d.pool());
    m.put("trust", d.trust());
    m.put("workload", d.workload().resolved());
    List<Object> threads = new ArrayList<>();
    for (ThreadDef t : d.threads()) {
      Map<String, Object> tm = new LinkedHashMap<>();
      tm.put("name", t.name());
      tm.put("kind", t.kind().id());
      tm.put("affinity", t.affinity().orElse(d.affinity()).toString());
      tm.put("workload", t.workload().resolved());
      threads.add(tm);
    }
    m.put("threads", threads);
    return m;
  }

  private static Object config(ConfigRef c) {
    if (c instanceof ConfigRef.Custom custom) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", custom.name());
      m.put("policy", policy(custom.policy()));
      custom.smt().ifPresent(on -> m.put("smt", on ? "on" : "off"));
      custom.baseline().ifPresent(b -> m.put("baseline", b));
      return m;
    }
    return c.name();
  }

  private static String notes(Scenario s) {
    StringBuilder sb = new StringBuilder();
    for (DomainDef d : s.domains()) {
      if (d.importedFrom().isEmpty()) {
        continue;
      }
      sb.append("# ").append(d.name()).append(" imported from ").append(d.importedFrom().get())
          .append('\n');
      d.notes().forEach(n -> sb.append("#   ").append(n.replace('\n', ' ')).append('\n'));
    }
    return sb.toString();
  }
}
