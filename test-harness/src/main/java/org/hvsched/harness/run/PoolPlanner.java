package org.hvsched.harness.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hvsched.api.PoolSpec;
import org.hvsched.harness.scenario.DomainDef;
import org.hvsched.harness.scenario.PolicyRef;
import org.hvsched.harness.scenario.PolicyResolver;
import org.hvsched.harness.scenario.PoolDef;
import org.hvsched.harness.scenario.Scenario;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InputException;
import org.hvsched.topology.Topology;

/** Resolves a scenario's pools for one run: CPUs in the run's view, policies and settings. */
final class PoolPlanner {
  private PoolPlanner() {}

  /** The policy the scenario's inheriting pools run, after {@code --policy}. */
  static Optional<PolicyRef> effectivePolicy(Scenario s, RunOverrides o) {
    if (o.policy().isEmpty()) {
      return s.policy();
    }
    PolicyRef p = o.policy().get();
    if (!o.exactPolicy() && s.policy().map(sp -> sp.id().equals(p.id())).orElse(false)) {
      return s.policy();
    }
    return Optional.of(p);
  }

  static List<PlannedPool> plan(Scenario s, Topology view, RunOverrides o) {
    Optional<PolicyRef> top = effectivePolicy(s, o);
    List<PlannedPool> out = new ArrayList<>();
    boolean anyInherits = false;
    for (PoolDef def : s.pools()) {
      boolean inherits = def.policy().isEmpty();
      anyInherits |= inherits;
      PolicyRef ref = def.policy().or(() -> top).orElseThrow(() -> new InputException(s.file(),
          "policy: missing for pool " + def.name() + ", expected policy: {id: ...} in the"
              + " scenario or --policy ID (run needs a policy)"));
      CpuSet cpus = def.cpus().intersect(view.online());
      PoolSpec spec = new PoolSpec(def.name(), cpus, view.restrictTo(cpus),
          s.topology().threadsPerCore());
      out.add(new PlannedPool(spec, PolicyResolver.provider(ref), PolicyResolver.resolve(ref,
          implied(s, def.name()), inherits ? o.set() : Map.of()), inherits));
    }
    if (!o.set().isEmpty() && !anyInherits) {
      throw new InputException(PolicyResolver.SET_SOURCE, 0, 0, "every pool has its own"
          + " policy, so --set has nothing to apply to; expected a pool without policy:");
    }
    return out;
  }

  /** Settings imported domains of pool {@code pool} imply; two different values are an error. */
  private static Map<String, String> implied(Scenario s, String pool) {
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, String> from = new LinkedHashMap<>();
    for (DomainDef d : s.domains()) {
      if (!d.pool().equals(pool)) {
        continue;
      }
      for (Map.Entry<String, String> e : new java.util.TreeMap<>(d.importedSettings())
          .entrySet()) {
        String prev = out.putIfAbsent(e.getKey(), e.getValue());
        if (prev != null && !prev.equals(e.getValue())) {
          throw d.location().error("domain " + d.name() + " (" + d.importedFrom().orElse("")
              + ") implies " + e.getKey() + "=" + e.getValue() + " but " + from.get(e.getKey())
              + " implies " + prev + ", expected one value per pool");
        }
        from.putIfAbsent(e.getKey(), d.name());
      }
    }
    return out;
  }
}
