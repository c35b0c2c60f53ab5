package org.hvsched.api;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.hvsched.topology.CpuSet;

/**
 * A guest (or the host's own domain) as every policy sees it: hypervisor-neutral weight and cap,
 * domain-wide affinities, the trust domain the isolation auditor judges by, and its pool.
 *
 * @param id dense index of the domain in the simulation (0..n-1), the final tie-breaker
 * @param name the scenario's name of the domain
 * @param vcpus number of vCPUs (tasks of kind {@link TaskKind#VCPU})
 * @param weight relative weight, hypervisor-neutral (256 = Xen's default; see spec.md section 3)
 * @param capPercent domain-wide cap in percent of one CPU, 0 = none (Xen's meaning)
 * @param hardAffinity CPUs the domain may run on (intersected with its pool)
 * @param softAffinity CPUs the domain prefers
 * @param trust the trust domain for the isolation auditor (never derived from a policy mechanism)
 * @param pool name of the pool the domain lives in
 */
public record Domain(int id, String name, int vcpus, int weight, int capPercent,
    CpuSet hardAffinity, CpuSet softAffinity, String trust, String pool) {

  public Domain {
    checkArgument(id >= 0, "domain id must be >= 0: %s", id);
    requireNonNull(name, "name");
    checkArgument(vcpus >= 0, "vcpus must be >= 0: %s", vcpus);
    checkArgument(weight > 0, "weight must be positive: %s", weight);
    checkArgument(capPercent >= 0, "cap must be >= 0: %s", capPercent);
    requireNonNull(hardAffinity, "hardAffinity");
    requireNonNull(softAffinity, "softAffinity");
    requireNonNull(trust, "trust");
    requireNonNull(pool, "pool");
  }

  /** True when the domain has a cap. */
  public boolean capped() {
    return capPercent > 0;
  }
}
