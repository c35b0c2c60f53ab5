package org.hvsched.harness.tck;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.hvsched.api.Domain;
import org.hvsched.api.PolicyProvider;
import org.hvsched.api.PoolSpec;
import org.hvsched.api.Task;
import org.hvsched.api.settings.ResolvedSettings;
import org.hvsched.core.HostCosts;
import org.hvsched.core.PoolSetup;
import org.hvsched.core.SimulationSpec;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.SmtModel;
import org.hvsched.topology.Topology;

/**
 * A small host with its domains, tasks and workloads, independent of the policy: the same
 * scenario becomes a {@link SimulationSpec} for any provider and settings (every pool runs the
 * same policy). Built by {@link ScenarioBuilder}; {@link #describe} is what a failure prints.
 *
 * @param seed run seed (also the replay handle of a generated scenario)
 * @param hostSpec the synthetic spec of the host, e.g. {@code 1x4x2}
 * @param topology the host as the run sees it (an SMT-off view included)
 * @param hostThreadsPerCore threads per core of the hardware
 * @param smtModel SMT speed model
 * @param costs host costs
 * @param pools pool names and CPUs (whole cores, disjoint)
 * @param domains domains, ids dense
 * @param tasks tasks, ids dense
 * @param workloads the workload of each task, by task id
 * @param durationNs simulated time
 * @param warmupNs warm-up excluded from measurement
 */
public record KitScenario(long seed, String hostSpec, Topology topology, int hostThreadsPerCore,
    SmtModel smtModel, HostCosts costs, List<PoolPlan> pools, List<Domain> domains,
    List<Task> tasks, List<KitWorkload> workloads, long durationNs, long warmupNs) {

  /** A pool of the scenario. */
  public record PoolPlan(String name, CpuSet cpus) {
    public PoolPlan {
      requireNonNull(name, "name");
      requireNonNull(cpus, "cpus");
    }
  }

  public KitScenario {
    requireNonNull(topology, "topology");
    pools = List.copyOf(pools);
    domains = List.copyOf(domains);
    tasks = List.copyOf(tasks);
    workloads = List.copyOf(workloads);
  }

  /** The spec that runs this scenario under {@code provider} with {@code settings}. */
  public SimulationSpec spec(PolicyProvider provider, ResolvedSettings settings, TraceSink trace,
      boolean validate) {
    List<PoolSetup> setups = new ArrayList<>();
    for (PoolPlan p : pools) {
      PoolSpec pool = new PoolSpec(p.name(), p.cpus(), topology.restrictTo(p.cpus()),
          hostThreadsPerCore);
      setups.add(new PoolSetup(pool, provider, settings));
    }
    List<Task> all = tasks;
    List<KitWorkload> work = workloads;
    return new SimulationSpec(topology, smtModel, costs, setups, domains, tasks,
        (task, host) -> work.get(task.id()).program(task, host, all), seed, durationNs, warmupNs,
        validate, trace);
  }

  /** Everything a failure message needs to understand the scenario. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    b.append("host ").append(hostSpec).append(topology.smt() == org.hvsched.topology.SmtState.OFF
        ? " (smt off)" : "").append(", duration ").append(durationNs).append("ns, warmup ")
        .append(warmupNs).append("ns, costs ").append(costs).append(", smt ")
        .append(smtModel.memoryStreamsPerSocket());
    for (PoolPlan p : pools) {
      b.append("\n  pool ").append(p.name()).append(' ').append(p.cpus());
    }
    for (Domain d : domains) {
      b.append("\n  domain ").append(d.name()).append(" vcpus=").append(d.vcpus())
          .append(" weight=").append(d.weight()).append(" cap=").append(d.capPercent())
          .append(" affinity=").append(d.hardAffinity()).append(" trust=").append(d.trust())
          .append(" pool=").append(d.pool());
    }
    for (Task t : tasks) {
      b.append("\n  task ").append(t.id()).append(' ').append(t.name()).append(" affinity=")
          .append(t.hardAffinity()).append(' ').append(workloads.get(t.id()).describe());
    }
    return b.toString();
  }
}
