package org.hvsched.harness.sweep;

import java.util.List;
import java.util.Optional;
import org.hvsched.harness.compare.ConfigEntry;
import org.hvsched.harness.compare.ConfigMatrix;
import org.hvsched.harness.compare.Configuration;
import org.hvsched.harness.run.RunOverrides;
import org.hvsched.harness.scenario.ConfigRef;
import org.hvsched.harness.scenario.PolicyRef;
import org.hvsched.harness.scenario.Scenario;
import org.hvsched.harness.yaml.Location;

/**
 * The glue between a parsed scenario and compare's configurations: the matrix a point runs
 * (compare's {@link ConfigMatrix} over the scenario's {@code configs:}, so the same rules hold:
 * the six named configurations by default, baselines added), and the overrides that run one
 * configuration at one seed, as compare runs it (the configuration's policy, its settings over
 * the scenario's own settings of that policy, its SMT state, its name in the results).
 */
final class SweepConfigs {
  private SweepConfigs() {}

  /** The configurations {@code s} runs, in compare's matrix order. */
  static List<Configuration> matrix(Scenario s) {
    return ConfigMatrix.resolve(s.configs().stream().map(SweepConfigs::entry).toList(),
        Optional.empty());
  }

  /** What runs {@code c} at {@code seed}. */
  static RunOverrides overrides(Configuration c, long seed) {
    RunOverrides o = RunOverrides.none()
        .withPolicy(PolicyRef.of(c.policyId(), "configs." + c.name()))
        .withSet(c.settings())
        .withSeed(seed)
        .withConfig(c.name());
    return c.smt().isPresent() ? o.withSmt(c.smt().get()) : o;
  }

  private static ConfigEntry entry(ConfigRef ref) {
    ConfigEntry.Where where = where(ref.location());
    if (ref instanceof ConfigRef.Custom c) {
      return new ConfigEntry.Custom(c.name(), c.policy().id(), c.policy().settings(), c.smt(),
          c.baseline(), Optional.empty(), where);
    }
    return new ConfigEntry.ByName(ref.name(), where);
  }

  private static ConfigEntry.Where where(Location l) {
    return new ConfigEntry.Where(l.file(), l.line(), l.column());
  }
}
