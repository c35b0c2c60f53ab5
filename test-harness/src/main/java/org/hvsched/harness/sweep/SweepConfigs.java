package org.hvsched.harness.sweep;

import java.util.List;
import java.util.Optional;
import org.hvsched.harness.compare.ConfigMatrix;
import org.hvsched.harness.compare.Configuration;
import org.hvsched.harness.run.RunOverrides;
import org.hvsched.harness.scenario.PolicyRef;
import org.hvsched.harness.scenario.Scenario;

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
    return ConfigMatrix.resolve(s.configs(), Optional.empty());
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
}
