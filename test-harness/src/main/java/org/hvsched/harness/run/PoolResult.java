package org.hvsched.harness.run;

import java.util.Map;

/**
 * A pool of the run, for results of scenarios that declare pools.
 *
 * @param name pool name
 * @param cpus its CPUs in the run's view (sysfs list)
 * @param policy its policy id
 * @param settings its resolved settings
 */
public record PoolResult(String name, String cpus, String policy, Map<String, Object> settings) {
  public PoolResult {
    settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
  }
}
