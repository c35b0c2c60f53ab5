package org.hvsched.harness.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hvsched.core.random.Durations;
import org.hvsched.harness.workload.ParallelJobs;
import org.hvsched.harness.workload.ParamDoc;
import org.hvsched.harness.workload.WorkloadCommon;
import org.hvsched.harness.workload.WorkloadSpec;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.harness.yaml.Values;
import org.hvsched.topology.InterferenceClass;

/**
 * {@code kernbench}: a parallel kernel build, built from {@code parallel-jobs}: {@code work} of
 * compile work in {@code tasks} compilation units run with {@code make -j jobs} over the VM's
 * vCPUs. Primary metric {@code makespan} (ns, lower is better). Class {@code mixed}: compiles are
 * the "mixed integer work" whose SMT gain is about 30% (design.md).
 */
final class Kernbench {
  private Kernbench() {}

  /** Sigma of the log-normal compile-unit sizes (coefficient of variation about 0.95). */
  static final double DEFAULT_SPREAD = 0.8;

  static final Profile PROFILE = new Profile("kernbench",
      "Parallel kernel build (parallel-jobs): compile units run with make -jN over the vCPUs;"
          + " result: elapsed time of the build.",
      InterferenceClass.MIXED, "makespan", "ns", false,
      List.of(new ParamDoc("jobs", "2 x vCPUs", "make -jN: compile units in flight at most"),
          new ParamDoc("work", "8s", "total compile work at full speed (size of the build)"),
          new ParamDoc("tasks", "400", "compilation units (20 ms each on average by default)"),
          new ParamDoc("spread", "0.8", "sigma of the log-normal unit sizes (0: equal units)")),
      "Scaled down so a build takes seconds of simulated time: a real defconfig build is"
          + " thousands of units and CPU-minutes of work; units of tens of milliseconds are the"
          + " order of one gcc -O2 invocation on a small kernel source file. jobs = 2 x CPUs is"
          + " a common kernbench-style over-subscription that keeps every CPU busy. Compile"
          + " units differ in size (a few large files dominate a build): unit sizes are"
          + " log-normal with sigma 0.8 (coefficient of variation about 0.95, a judgement,"
          + " not a measurement), drawn from stream OWNER/pieces and scaled so the build is"
          + " exactly `work`; the seed thus picks one of many statistically alike builds.",
      Kernbench::build);

  private static WorkloadSpec build(MapReader r, WorkloadCommon common) {
    int jobs = (int) ProfileParams.integer(r, "jobs", 1, 1_000_000, 2L * common.active());
    long work = ProfileParams.duration(r, "work", 8_000_000_000L);
    int tasks = (int) ProfileParams.integer(r, "tasks", 1,
        Math.min(work, ParallelJobs.MAX_RANDOM_TASKS), 400);
    double spread = r.get("spread").map(n -> Values.number(n, r.path("spread"), 0, 4))
        .orElse(DEFAULT_SPREAD);
    ParallelJobs inner = new ParallelJobs(common, jobs, work, tasks, false, spread);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("jobs", (long) jobs);
    params.put("work", Durations.format(work));
    params.put("tasks", (long) tasks);
    params.put("spread", spread);
    return new ProfileWorkload(PROFILE, common, params, inner::start, (res, stats) -> res);
  }
}
