package org.hvsched.harness.scenario;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.hvsched.harness.yaml.Location;
import org.hvsched.topology.CpuSet;

/**
 * A pool of the scenario (a Xen cpupool): whole cores, its own policy or the scenario's.
 *
 * @param name pool name
 * @param cpus its CPUs on the hardware (an SMT-off run keeps the online ones)
 * @param policy its own policy, empty = the scenario's {@code policy}
 * @param location where it was written
 */
public record PoolDef(String name, CpuSet cpus, Optional<PolicyRef> policy, Location location) {
  public PoolDef {
    requireNonNull(name, "name");
    requireNonNull(cpus, "cpus");
    requireNonNull(policy, "policy");
    requireNonNull(location, "location");
  }

  /** The default pool's name. */
  public static final String DEFAULT_NAME = "pool0";
}
