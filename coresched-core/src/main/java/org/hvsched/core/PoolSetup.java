package org.hvsched.core;

import static java.util.Objects.requireNonNull;

import org.hvsched.api.PolicyProvider;
import org.hvsched.api.PoolSpec;
import org.hvsched.api.settings.ResolvedSettings;

/**
 * One pool of the simulated host and the policy that runs it.
 *
 * @param pool the pool's CPUs and topology
 * @param provider the policy's provider
 * @param settings its resolved settings
 */
public record PoolSetup(PoolSpec pool, PolicyProvider provider, ResolvedSettings settings) {
  public PoolSetup {
    requireNonNull(pool, "pool");
    requireNonNull(provider, "provider");
    requireNonNull(settings, "settings");
  }
}
