package org.hvsched.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hvsched.api.Domain;
import org.hvsched.api.Policies;
import org.hvsched.api.PolicyProvider;
import org.hvsched.api.PoolSpec;
import org.hvsched.api.Task;
import org.hvsched.api.TaskKind;
import org.hvsched.core.HostCosts;
import org.hvsched.core.PoolSetup;
import org.hvsched.core.SimulationSpec;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.core.workload.Step;
import org.hvsched.core.workload.TaskProgram;
import org.hvsched.topology.InterferenceClass;
import org.hvsched.topology.SmtModel;
import org.hvsched.topology.SyntheticSpec;
import org.hvsched.topology.Topology;

/** Builds small simulation specs for engine tests. */
final class TestHosts {
  private TestHosts() {}

  /** A program that computes forever in bursts of {@code burstNs}. */
  static TaskProgram cpuBound(long burstNs) {
    return now -> new Step.Compute(burstNs, InterferenceClass.COMPUTE);
  }

  /** Computes bursts of about {@code burstNs}, then sleeps about {@code sleepNs} (seeded). */
  static TaskProgram sleepRun(Task task, long burstNs, long sleepNs) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(task.id() * 7919L + 17);
    boolean[] computing = {false};
    return now -> {
      computing[0] = !computing[0];
      return computing[0]
          ? new Step.Compute(1 + r.nextLong(2 * burstNs), InterferenceClass.COMPUTE)
          : new Step.Sleep(r.nextLong(2 * sleepNs));
    };
  }

  /**
   * {@code vms} domains of {@code vcpus} each on {@code topo} (SMT off when {@code smtOff}),
   * all tasks driven by {@code program}.
   */
  static SimulationSpec spec(String topo, boolean smtOff, String policy, Map<String, ?> settings,
      int vms, int vcpus, long durationNs, long seed, Function<Task, TaskProgram> program,
      HostCosts costs, TraceSink trace) {
    Topology t = SyntheticSpec.parse(topo);
    if (smtOff) {
      t = t.smtOff();
    }
    PolicyProvider provider = Policies.byId(policy);
    PoolSpec pool = new PoolSpec("pool0", t.online(), t, t.threadsPerCore());
    List<Domain> domains = new ArrayList<>();
    List<Task> tasks = new ArrayList<>();
    for (int v = 0; v < vms; v++) {
      Domain d = new Domain(v, "vm" + (v + 1), vcpus, 256, 0, t.online(), t.online(),
          "vm" + (v + 1), "pool0");
      domains.add(d);
      for (int i = 0; i < vcpus; i++) {
        int id = tasks.size();
        tasks.add(new Task(id, d.name() + "/vcpu" + i, d, TaskKind.VCPU, i, 1000 + id,
            100 + v, 100 + v, t.online(), t.online()));
      }
    }
    return new SimulationSpec(t, SmtModel.defaults(), costs,
        List.of(new PoolSetup(pool, provider, provider.resolve(settings))), domains, tasks,
        (task, host) -> program.apply(task), seed, durationNs, 0, true, trace);
  }
}
