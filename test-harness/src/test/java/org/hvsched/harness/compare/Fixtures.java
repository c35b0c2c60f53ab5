package org.hvsched.harness.compare;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Synthetic runs for the compare tests: chosen metric values, no simulation. */
final class Fixtures {
  private Fixtures() {}

  /** A metric of every domain of a synthetic run. */
  record M(String domain, String metric, String unit, boolean higherIsBetter, double value) {}

  static M makespan(String domain, double ns) {
    return new M(domain, "makespan", "ns", false, ns);
  }

  static M throughput(String domain, double opsPerSec) {
    return new M(domain, "throughput", "ops/s", true, opsPerSec);
  }

  static M work(String domain, double ns) {
    return new M(domain, "work", "ns", true, ns);
  }

  static Configuration named(String name) {
    return NamedConfigurations.byName(name).orElseThrow();
  }

  static Configuration custom(String name, String baseline) {
    return new Configuration(name, baseline.equals(name) ? name : "custom", baseline, "basic.rr",
        Map.of(), Optional.empty());
  }

  /** A run of {@code c} at {@code seed} with these metrics and guest/guest exposure. */
  static RunRecord run(Configuration c, long seed, long guestGuestNs, Optional<String> violation,
      M... metrics) {
    List<RunRecord.DomainFigures> domains = new ArrayList<>();
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("config", c.name());
    json.put("policy", c.policyId());
    json.putObject("settings");
    json.put("smt", c.smt().orElse(true) ? "on" : "off");
    json.put("seed", seed);
    var array = json.putArray("domains");
    for (M m : metrics) {
      domains.add(new RunRecord.DomainFigures(m.domain(), m.metric(), m.value(), m.unit(),
          m.higherIsBetter(), 10 * seed, 0, Optional.empty()));
      array.addObject().put("name", m.domain()).put("trust", m.domain());
    }
    String claim = violation.isPresent() || c.name().contains("core") ? "core" : "none";
    return new RunRecord(c, seed, domains, claim, guestGuestNs, 0, 5, 100, 0, violation, json,
        "config,seed", List.of(c.name() + "," + seed));
  }

  static RunRecord run(Configuration c, long seed, M... metrics) {
    return run(c, seed, 0, Optional.empty(), metrics);
  }
}
