package org.hvsched.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hvsched.api.Domain;
import org.hvsched.api.PolicyProvider;
import org.hvsched.api.PoolSpec;
import org.hvsched.api.Task;
import org.hvsched.api.TaskKind;
import org.hvsched.core.HostCosts;
import org.hvsched.core.PoolSetup;
import org.hvsched.core.SimulationSpec;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.core.workload.TaskProgram;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.SmtModel;
import org.hvsched.topology.SyntheticSpec;
import org.hvsched.topology.Topology;

/**
 * Builds hand-checked specs: one pool of every online CPU, one domain per task (named after
 * it, its own trust domain), each task with its affinity and program.
 */
final class HandSpec {
  private final Topology topology;
  private final List<Domain> domains = new ArrayList<>();
  private final List<Task> tasks = new ArrayList<>();
  private final List<TaskProgram> programs = new ArrayList<>();
  private HostCosts costs = HostCosts.defaults();

  HandSpec(String host) {
    this.topology = SyntheticSpec.parse(host);
  }

  HandSpec costs(HostCosts c) {
    this.costs = c;
    return this;
  }

  /** A task in a domain of its own named {@code name}, of {@code weight}, on {@code cpus}. */
  Task task(String name, int weight, CpuSet cpus, TaskProgram program) {
    Domain d = new Domain(domains.size(), name, 1, weight, 0, cpus, cpus, name, "pool0");
    domains.add(d);
    Task t = new Task(tasks.size(), name + "/vcpu0", d, TaskKind.VCPU, 0, 1000 + tasks.size(),
        100 + d.id(), 100 + d.id(), cpus, cpus);
    tasks.add(t);
    programs.add(program);
    return t;
  }

  SimulationSpec spec(PolicyProvider provider, Map<String, ?> settings, long durationNs,
      long warmupNs, TraceSink trace) {
    PoolSpec pool = new PoolSpec("pool0", topology.online(), topology, topology.threadsPerCore());
    List<TaskProgram> p = List.copyOf(programs);
    return new SimulationSpec(topology, SmtModel.defaults(), costs,
        List.of(new PoolSetup(pool, provider, provider.resolve(settings))), domains, tasks,
        (task, host) -> p.get(task.id()), 1, durationNs, warmupNs, true, trace);
  }

  /** Costs with the defaults' rendezvous and no interrupts. */
  static HostCosts costs(long contextSwitchNs, long ipiLatencyNs) {
    HostCosts d = HostCosts.defaults();
    return new HostCosts(contextSwitchNs, ipiLatencyNs, d.rendezvousNs(), 0, d.interruptCost());
  }
}
