package org.hvsched.harness.profile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.hvsched.api.Task;
import org.hvsched.core.workload.TaskProgram;
import org.hvsched.core.workload.WorkloadHost;
import org.hvsched.harness.workload.WorkloadCommon;
import org.hvsched.harness.workload.WorkloadEnv;
import org.hvsched.harness.workload.WorkloadResult;
import org.hvsched.harness.workload.WorkloadRun;
import org.hvsched.harness.workload.WorkloadSpec;
import org.hvsched.harness.workload.WorkloadStats;

/**
 * A profile with its parameters resolved: runs the workload it is built from and renames or
 * converts the metrics so that its primary metric comes first.
 *
 * @param profile the profile
 * @param common class and vcpus
 * @param params resolved parameters in documentation order, scenario spelling
 * @param inner builds the run of the underlying workload
 * @param metrics maps the underlying result (and the engine's stats) to the profile's
 */
public record ProfileWorkload(Profile profile, WorkloadCommon common, Map<String, Object> params,
    Function<WorkloadEnv, WorkloadRun> inner,
    BiFunction<WorkloadResult, WorkloadStats, WorkloadResult> metrics) implements WorkloadSpec {

  public ProfileWorkload {
    params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  @Override
  public String name() {
    return profile.name();
  }

  @Override
  public Map<String, Object> resolved() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("profile", profile.name());
    out.putAll(params);
    common.render(out);
    return out;
  }

  @Override
  public boolean makespan() {
    return profile.primaryMetric().equals("makespan");
  }

  @Override
  public WorkloadRun start(WorkloadEnv env) {
    WorkloadRun run = inner.apply(env);
    return new WorkloadRun() {
      @Override
      public TaskProgram program(Task task, WorkloadHost host) {
        return run.program(task, host);
      }

      @Override
      public WorkloadResult result(WorkloadStats stats) {
        return metrics.apply(run.result(stats), stats);
      }
    };
  }
}
