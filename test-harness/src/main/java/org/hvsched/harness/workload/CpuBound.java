package org.hvsched.harness.workload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hvsched.api.Task;
import org.hvsched.core.workload.Step;
import org.hvsched.core.workload.TaskProgram;
import org.hvsched.core.workload.WorkloadHost;
import org.hvsched.topology.InterferenceClass;

/**
 * {@code cpu-bound}: every task computes without pause (a spinning ALU loop, a CPU hog).
 * Default class {@code compute}. Primary metric {@code work} (ns of work at full speed done in the
 * measured window, higher is better); also {@code cpu} (ns on a CPU).
 *
 * @param common class and vcpus
 */
public record CpuBound(WorkloadCommon common) implements WorkloadSpec {
  /** Work per step: long enough to keep events rare; the task never blocks between steps. */
  static final long CHUNK_NS = 100_000_000L;

  /** The type. */
  public static final WorkloadType TYPE = new WorkloadType("cpu-bound",
      "Computes all the time on every vCPU it runs on (a busy loop, a CPU hog).",
      InterferenceClass.COMPUTE, "work", "ns", List.of(), (r, common) -> new CpuBound(common));

  @Override
  public String name() {
    return TYPE.id();
  }

  @Override
  public Map<String, Object> resolved() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", name());
    common.render(out);
    return out;
  }

  @Override
  public WorkloadRun start(WorkloadEnv env) {
    InterferenceClass cls = common.cls();
    return new WorkloadRun() {
      @Override
      public TaskProgram program(Task task, WorkloadHost host) {
        Step.Compute step = new Step.Compute(CHUNK_NS, cls);
        return nowNs -> step;
      }

      @Override
      public WorkloadResult result(WorkloadStats stats) {
        long cpu = stats.tasks().stream().mapToLong(t -> t.cpuNs()).sum();
        return WorkloadResult.of(List.of(Metric.higherNs("work", stats.workNs()),
            Metric.higherNs("cpu", cpu)));
      }
    };
  }
}
