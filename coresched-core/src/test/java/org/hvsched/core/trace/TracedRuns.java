package org.hvsched.core.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hvsched.api.Domain;
import org.hvsched.api.Policies;
import org.hvsched.api.PolicyProvider;
import org.hvsched.api.PoolSpec;
import org.hvsched.api.Task;
import org.hvsched.api.TaskKind;
import org.hvsched.core.HostCosts;
import org.hvsched.core.PoolSetup;
import org.hvsched.core.SimulationSpec;
import org.hvsched.core.workload.Step;
import org.hvsched.core.workload.TaskProgram;
import org.hvsched.topology.InterferenceClass;
import org.hvsched.topology.SmtModel;
import org.hvsched.topology.SyntheticSpec;
import org.hvsched.topology.Topology;

/**
 * Small simulations for end-to-end trace tests: one pool running a reference policy, VMs whose
 * vCPUs compute about {@code burstNs} then sleep about {@code sleepNs} (seeded per task), no
 * warm-up, so the whole traced run is the measured window.
 */
final class TracedRuns {
  private TracedRuns() {}

  static SimulationSpec spec(String topo, String policy, int vms, int vcpus, long durationNs,
      long burstNs, long sleepNs, HostCosts costs, TraceSink trace) {
    Topology t = SyntheticSpec.parse(topo);
    PolicyProvider provider = Policies.byId(policy);
    PoolSpec pool = new PoolSpec("pool0", t.online(), t, t.threadsPerCore());
    List<Domain> domains = new ArrayList<>();
    List<Task> tasks = new ArrayList<>();
    for (int v = 0; v < vms; v++) {
      Domain d = new Domain(v, "vm" + (v + 1), vcpus, 256, 0, t.online(), t.online(),
          "vm" + (v + 1), "pool0");
      domains.add(d);
      int tgid = (v + 2) * 1000;
      for (int i = 0; i < vcpus; i++) {
        tasks.add(new Task(tasks.size(), d.name() + "/vcpu" + i, d, TaskKind.VCPU, i,
            tgid + 1 + i, tgid, tgid, t.online(), t.online()));
      }
    }
    return new SimulationSpec(t, SmtModel.defaults(), costs,
        List.of(new PoolSetup(pool, provider, provider.resolve(Map.of()))), domains, tasks,
        (task, host) -> sleepRun(task, burstNs, sleepNs), 7, durationNs, 0, false, trace);
  }

  /** Computes bursts of about {@code burstNs}, then sleeps about {@code sleepNs}. */
  static TaskProgram sleepRun(Task task, long burstNs, long sleepNs) {
    SplittableRandom r = new SplittableRandom(task.id() * 7919L + 17);
    boolean[] computing = {false};
    return now -> {
      computing[0] = !computing[0];
      return computing[0]
          ? new Step.Compute(1 + r.nextLong(2 * burstNs), InterferenceClass.COMPUTE)
          : new Step.Sleep(r.nextLong(2 * sleepNs));
    };
  }
}
