package org.hvsched.harness.run;

import static java.util.Objects.requireNonNull;

import org.hvsched.api.PolicyProvider;
import org.hvsched.api.PoolSpec;
import org.hvsched.api.settings.ResolvedSettings;
import org.hvsched.core.PoolSetup;

/**
 * A pool as one run sees it: its CPUs in the run's view, its policy and resolved settings.
 *
 * @param spec name, CPUs and topology of the pool in this run's view
 * @param provider its policy
 * @param settings resolved settings (defaults, scenario, imports, {@code --set})
 * @param inherits whether it runs the scenario's (or {@code --policy}'s) policy
 */
public record PlannedPool(PoolSpec spec, PolicyProvider provider, ResolvedSettings settings,
    boolean inherits) {
  public PlannedPool {
    requireNonNull(spec, "spec");
    requireNonNull(provider, "provider");
    requireNonNull(settings, "settings");
  }

  /** The engine's view of it. */
  public PoolSetup setup() {
    return new PoolSetup(spec, provider, settings);
  }
}
