package org.hvsched.harness.scenario;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hvsched.core.HostCosts;
import org.hvsched.topology.Topology;

/**
 * A parsed, validated scenario (spec.md section 3) with every default filled in. The topology is
 * the hardware as read (all its online CPUs); an SMT-off run derives its view when it is built.
 *
 * @param file how messages name the scenario file
 * @param baseDir directory relative paths are resolved against (not part of any output)
 * @param name scenario name
 * @param description free text, may be empty
 * @param topologySource where the host came from
 * @param topology the host (hardware view)
 * @param smt SMT on (default) or off
 * @param durationNs simulated time
 * @param warmupNs excluded from every metric
 * @param seed run seed
 * @param policy the scenario's policy (required for run, optional for compare)
 * @param host modelled host costs
 * @param pools the pools; one default pool of every online CPU when none is given
 * @param poolsGiven whether {@code pools:} was written
 * @param domains the domains in scenario order (their ids)
 * @param configs {@code configs:} for compare, may be empty
 */
public record Scenario(String file, Path baseDir, String name, String description,
    HostSource topologySource, Topology topology, boolean smt, long durationNs,
    long warmupNs, long seed, Optional<PolicyRef> policy, HostCosts host, List<PoolDef> pools,
    boolean poolsGiven, List<DomainDef> domains, List<ConfigRef> configs) {

  public Scenario {
    requireNonNull(file, "file");
    requireNonNull(baseDir, "baseDir");
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    requireNonNull(topologySource, "topologySource");
    requireNonNull(topology, "topology");
    requireNonNull(policy, "policy");
    requireNonNull(host, "host");
    pools = List.copyOf(pools);
    domains = List.copyOf(domains);
    configs = List.copyOf(configs);
  }

  /** The pool called {@code name}. */
  public Optional<PoolDef> pool(String poolName) {
    return pools.stream().filter(p -> p.name().equals(poolName)).findFirst();
  }
}
