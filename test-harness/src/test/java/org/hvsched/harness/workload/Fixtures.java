package org.hvsched.harness.workload;

import java.util.List;
import org.hvsched.api.Task;
import org.hvsched.harness.scenario.WorkloadParser;
import org.hvsched.harness.yaml.YamlTrees;

/** Parses a workload from inline YAML and runs it on an {@link IdealHost}. */
final class Fixtures {
  private Fixtures() {}

  static WorkloadSpec parse(String yaml, int vcpus) {
    return WorkloadParser.parse(YamlTrees.parse(yaml, "test.yaml"), "workload",
        WorkloadContext.domain(vcpus));
  }

  /** The result of {@code spec} on {@code vcpus} ideal CPUs over [warmup, end]. */
  static WorkloadResult run(WorkloadSpec spec, int vcpus, long warmupNs, long endNs, long seed) {
    List<Task> all = IdealHost.vcpus("vm1", vcpus);
    List<Task> active = all.stream().filter(t -> spec.common().runsOn(t.vcpuIndex())).toList();
    WorkloadEnv env = new WorkloadEnv("vm1", active, warmupNs, endNs);
    WorkloadRun run = spec.start(env);
    WorkloadStats stats = new IdealHost(seed).run(run, env);
    return run.result(stats);
  }

  static double metric(WorkloadResult r, String name) {
    return r.metrics().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow()
        .value();
  }
}
