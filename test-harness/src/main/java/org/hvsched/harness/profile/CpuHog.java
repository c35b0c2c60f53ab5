package org.hvsched.harness.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hvsched.core.random.Durations;
import org.hvsched.harness.workload.Hogs;
import org.hvsched.harness.workload.ParamDoc;
import org.hvsched.harness.workload.WorkloadCommon;
import org.hvsched.harness.workload.WorkloadSpec;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.harness.yaml.Values;
import org.hvsched.topology.InterferenceClass;

/**
 * {@code cpu-hog}: background load: {@code busy} CPU-bound guest threads spread over the
 * domain's vCPUs by the guest's own scheduler, each running {@code duty} of every
 * {@code period}. Primary metric {@code work} (ns of work done, higher is better).
 */
final class CpuHog {
  private CpuHog() {}

  static final Profile PROFILE = new Profile("cpu-hog",
      "Background load: busy CPU-bound threads spread over the vCPUs by the guest's scheduler,"
          + " optionally duty-cycled; result: work done.",
      InterferenceClass.COMPUTE, "work", "ns", true,
      List.of(new ParamDoc("busy", "vCPUs", "number of CPU-bound threads"),
          new ParamDoc("duty", "100%", "share of each period a thread runs (work at full speed)"),
          new ParamDoc("period", "10ms", "duty-cycle period (extension)")),
      "A stress-ng --cpu style hog; the 10 ms duty period is a judgement (short enough that a"
          + " half-duty hog looks like steady half load to a scheduler with millisecond slices).",
      CpuHog::build);

  private static WorkloadSpec build(MapReader r, WorkloadCommon common) {
    int busy = (int) ProfileParams.integer(r, "busy", 1, 100_000, common.active());
    double duty = r.get("duty").map(n -> Values.percent(n, r.path("duty"), 0.001, 100))
        .orElse(100.0);
    long period = ProfileParams.duration(r, "period", 10_000_000L);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("busy", (long) busy);
    params.put("duty", percent(duty));
    params.put("period", Durations.format(period));
    return new ProfileWorkload(PROFILE, common, params,
        env -> new Hogs(env, common.cls(), busy, duty, period), (res, stats) -> res);
  }

  private static String percent(double duty) {
    return java.math.BigDecimal.valueOf(duty).stripTrailingZeros().toPlainString() + "%";
  }
}
