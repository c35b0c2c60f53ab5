package org.hvsched.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import org.hvsched.api.Domain;
import org.hvsched.api.Task;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.core.workload.TaskPrograms;
import org.hvsched.topology.SmtModel;
import org.hvsched.topology.Topology;

/**
 * Everything one simulation needs, already resolved: the host as this run sees it (the SMT-off
 * view included), its costs and SMT model, the pools with their policies, the domains and tasks,
 * the programs that drive the tasks, seed and durations.
 *
 * @param topology the host as this run sees it (online CPUs only are used)
 * @param smtModel thread speed as a function of what the siblings run
 * @param costs modelled host costs
 * @param pools pools covering the CPUs that run tasks (disjoint)
 * @param domains all domains, ids dense from 0 in list order
 * @param tasks all tasks, ids dense from 0 in list order
 * @param programs creates each task's program
 * @param seed run seed
 * @param durationNs simulated time to run
 * @param warmupNs excluded from every measurement
 * @param validate call the policies' {@code checkInvariants} after every event
 * @param trace where trace events go ({@link TraceSink#NONE} for none)
 */
public record SimulationSpec(Topology topology, SmtModel smtModel, HostCosts costs,
    List<PoolSetup> pools, List<Domain> domains, List<Task> tasks, TaskPrograms programs,
    long seed, long durationNs, long warmupNs, boolean validate, TraceSink trace) {

  public SimulationSpec {
    requireNonNull(topology, "topology");
    requireNonNull(smtModel, "smtModel");
    requireNonNull(costs, "costs");
    pools = List.copyOf(pools);
    domains = List.copyOf(domains);
    tasks = List.copyOf(tasks);
    requireNonNull(programs, "programs");
    requireNonNull(trace, "trace");
    checkArgument(!pools.isEmpty(), "at least one pool");
    checkArgument(durationNs > 0, "duration must be positive: %s", durationNs);
    checkArgument(warmupNs >= 0 && warmupNs < durationNs,
        "warmup must be in [0, duration): %s", warmupNs);
    for (int i = 0; i < domains.size(); i++) {
      checkArgument(domains.get(i).id() == i, "domain ids must be dense: %s", domains.get(i));
    }
    for (int i = 0; i < tasks.size(); i++) {
      checkArgument(tasks.get(i).id() == i, "task ids must be dense: %s", tasks.get(i));
    }
  }

  /** The measured window: duration minus warm-up. */
  public long measuredNs() {
    return durationNs - warmupNs;
  }
}
