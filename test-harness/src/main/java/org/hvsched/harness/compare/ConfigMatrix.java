package org.hvsched.harness.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hvsched.harness.scenario.ConfigRef;
import org.hvsched.harness.yaml.Location;

/**
 * Resolves which configurations a comparison runs, in which order.
 *
 * <p>The catalogue is the six named configurations plus the custom ones of the scenario's
 * {@code configs:}. The request is {@code --configs} when given (names from the catalogue), else
 * the scenario's {@code configs:} in file order, else the six named ones. A configuration whose
 * baseline is not requested is preceded by its baseline, which runs as well. A baseline must be a
 * baseline itself (a configuration whose baseline is its own name), so every ratio is one step
 * from its family's root; a custom configuration's family is its baseline's (a custom baseline
 * names its own family after itself).
 */
public final class ConfigMatrix {
  private final Map<String, ConfigRef> catalogue = new LinkedHashMap<>();
  private final Map<String, Configuration> resolved = new LinkedHashMap<>();
  private final List<String> resolving = new ArrayList<>();

  private ConfigMatrix(List<ConfigRef> scenarioEntries) {
    for (Configuration c : NamedConfigurations.ALL) {
      catalogue.put(c.name(), new ConfigRef.Named(c.name(), new Location("", 0, 0)));
    }
    for (ConfigRef e : scenarioEntries) {
      if (e instanceof ConfigRef.Custom custom) {
        if (catalogue.containsKey(custom.name())) {
          throw custom.location().error("configuration '" + custom.name() + "' is defined twice or"
              + " shadows a named configuration; expected a new name");
        }
        catalogue.put(custom.name(), custom);
      }
    }
  }

  /**
   * The configurations to run.
   *
   * @param scenarioEntries the scenario's {@code configs:} (may be empty)
   * @param selection the names given to {@code --configs}, empty when the option was not given
   * @return the configurations in run and report order, every baseline included
   */
  public static List<Configuration> resolve(List<ConfigRef> scenarioEntries,
      Optional<List<String>> selection) {
    ConfigMatrix m = new ConfigMatrix(scenarioEntries);
    List<ConfigRef> requested = new ArrayList<>();
    if (selection.isPresent()) {
      Location where = new Location("--configs", 0, 0);
      if (selection.get().isEmpty()) {
        throw where.error("no configuration given; expected names such as xen-core,kvm-coresched");
      }
      for (String name : selection.get()) {
        requested.add(m.lookup(name, where));
      }
    } else if (!scenarioEntries.isEmpty()) {
      requested.addAll(scenarioEntries);
    } else {
      NamedConfigurations.ALL.forEach(c -> requested.add(m.catalogue.get(c.name())));
    }
    return m.order(requested);
  }

  private List<Configuration> order(List<ConfigRef> requested) {
    List<Configuration> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (ConfigRef e : requested) {
      if (seen.contains(e.name())) {
        throw e.location().error("configuration '" + e.name() + "' is listed twice; expected each"
            + " configuration once");
      }
      seen.add(e.name());
    }
    for (ConfigRef e : requested) {
      Configuration c = configuration(e);
      if (!c.isBaseline() && out.stream().noneMatch(o -> o.name().equals(c.baseline()))) {
        out.add(configuration(catalogue.get(c.baseline())));
      }
      if (out.stream().noneMatch(o -> o.name().equals(c.name()))) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  private ConfigRef lookup(String name, Location where) {
    ConfigRef e = catalogue.get(name);
    if (e == null) {
      throw where.error("unknown configuration '" + name + "'; expected one of: "
          + String.join(", ", catalogue.keySet()));
    }
    return e;
  }

  private Configuration configuration(ConfigRef e) {
    Configuration done = resolved.get(e.name());
    if (done != null) {
      return done;
    }
    Configuration c;
    if (e instanceof ConfigRef.Custom custom) {
      if (resolving.contains(custom.name())) {
        throw custom.location().error("the baselines of " + String.join(", ", resolving)
            + " form a cycle; expected a baseline that is its own baseline");
      }
      resolving.add(custom.name());
      c = custom(custom);
      resolving.remove(custom.name());
    } else {
      c = NamedConfigurations.byName(e.name()).orElseThrow(() -> e.location().error(
          "unknown configuration '" + e.name() + "'; expected one of: "
              + String.join(", ", catalogue.keySet())));
    }
    resolved.put(c.name(), c);
    return c;
  }

  private Configuration custom(ConfigRef.Custom e) {
    String baseline = e.baseline().orElse(e.name());
    String family;
    if (baseline.equals(e.name())) {
      family = e.name();
    } else {
      Configuration base = configuration(lookup(baseline, e.location()));
      if (!base.isBaseline()) {
        throw e.location().error("baseline '" + baseline + "' of configuration '" + e.name()
            + "' is not a baseline itself (its baseline is '" + base.baseline()
            + "'); expected a configuration that is its own baseline, such as xen-smt-on");
      }
      family = base.family();
    }
    return new Configuration(e.name(), family, baseline, e.policy().id(),
        e.policy().settings(), e.smt());
  }
}
