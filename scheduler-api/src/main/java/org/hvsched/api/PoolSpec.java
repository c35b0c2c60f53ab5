package org.hvsched.api;

import static java.util.Objects.requireNonNull;

import org.hvsched.topology.CpuSet;
import org.hvsched.topology.Topology;

/**
 * The CPUs one policy instance manages (a Xen cpupool; the whole host by default).
 *
 * @param name pool name
 * @param cpus online CPUs of the pool (whole cores)
 * @param topology the host restricted to the pool's CPUs: counts, siblings and tunables that
 *     upstream scales by CPU count see only these CPUs (and only the online ones: SMT off
 *     leaves one thread per core)
 * @param hostThreadsPerCore threads per core of the hardware, before any SMT-off view
 */
public record PoolSpec(String name, CpuSet cpus, Topology topology, int hostThreadsPerCore) {
  public PoolSpec {
    requireNonNull(name, "name");
    requireNonNull(cpus, "cpus");
    requireNonNull(topology, "topology");
  }
}
