package org.hvsched.harness.workload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.hvsched.api.Task;
import org.hvsched.core.random.Distribution;
import org.hvsched.core.random.Durations;
import org.hvsched.core.random.RandomStream;
import org.hvsched.core.workload.Step;
import org.hvsched.core.workload.TaskProgram;
import org.hvsched.core.workload.WorkloadHost;
import org.hvsched.harness.yaml.DistributionParser;
import org.hvsched.harness.yaml.Values;
import org.hvsched.topology.InterferenceClass;

/**
 * {@code periodic}: each task releases a job every {@code period} (at 0, P, 2P, ... on every
 * task), runs a {@code burst} of work, and sleeps until the next release; a job's deadline is the
 * next release. A job released while the previous one still runs starts when it ends (releases
 * are never skipped). Default class {@code mixed}. Stream {@code TASK/burst}.
 *
 * <p>Primary metric {@code deadlineMisses}: percentage of jobs released in the measured window
 * whose deadline falls in it that did not complete by their deadline (lower is better). Also
 * {@code responseP99} (release to completion, ns) and {@code wakeLatencyP99} (engine, ns).
 *
 * @param common class and vcpus
 * @param periodNs release period, default 10ms
 * @param burst work per job (distribution), default {@code const(1ms)}
 */
public record Periodic(WorkloadCommon common, long periodNs, Distribution burst)
    implements WorkloadSpec {

  /** The type. */
  public static final WorkloadType TYPE = new WorkloadType("periodic",
      "Releases a job of work every period on each task; the deadline is the next release"
          + " (timer-driven, soft real-time threads).",
      InterferenceClass.MIXED, "deadlineMisses", "%",
      List.of(new ParamDoc("period", "10ms", "time between releases (duration > 0)"),
          new ParamDoc("burst", "const(1ms)", "work of each job (distribution)")),
      (r, common) -> new Periodic(common,
          r.get("period").map(n -> Values.positiveDurationNs(n, r.path("period")))
              .orElse(10_000_000L),
          r.get("burst").map(n -> Values.distribution(n, r.path("burst")))
              .orElse(new Distribution.Const(1_000_000))));

  @Override
  public String name() {
    return TYPE.id();
  }

  @Override
  public Map<String, Object> resolved() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", name());
    out.put("period", Durations.format(periodNs));
    out.put("burst", DistributionParser.format(burst));
    common.render(out);
    return out;
  }

  @Override
  public WorkloadRun start(WorkloadEnv env) {
    return new Run(env);
  }

  private final class Run implements WorkloadRun {
    private final WorkloadEnv env;
    private final Histogram response = Latencies.newHistogram();
    private long hits;

    Run(WorkloadEnv env) {
      this.env = env;
    }

    @Override
    public TaskProgram program(Task task, WorkloadHost host) {
      RandomStream bursts = host.stream(task.name() + "/burst");
      long[] release = {-periodNs};
      boolean[] running = {false};
      return nowNs -> {
        if (running[0]) {
          running[0] = false;
          complete(release[0], nowNs);
        }
        while (true) {
          long nextRelease = release[0] + periodNs;
          if (nowNs < nextRelease) {
            return new Step.Sleep(nextRelease - nowNs);
          }
          release[0] = nextRelease;
          long work = burst.sample(bursts);
          if (work > 0) {
            running[0] = true;
            return new Step.Compute(work, common.cls());
          }
          complete(release[0], nowNs);
        }
      };
    }

    private void complete(long releaseNs, long nowNs) {
      if (releaseNs >= env.warmupNs() && releaseNs + periodNs <= env.endNs()) {
        response.recordValue(nowNs - releaseNs);
        if (nowNs <= releaseNs + periodNs) {
          hits++;
        }
      }
    }

    @Override
    public WorkloadResult result(WorkloadStats stats) {
      long judgedPerTask = judged();
      long judged = judgedPerTask * env.tasks().size();
      double missPct = judged == 0 ? 0 : 100.0 * (judged - hits) / judged;
      return WorkloadResult.of(List.of(new Metric("deadlineMisses", missPct, "%", false),
          Metric.lowerNs("responseP99", Latencies.at(response, 99)),
          Metric.lowerNs("wakeLatencyP99", Latencies.at(stats.wakeLatency(), 99))));
    }

    /** Releases k*P with k*P >= warmup and k*P + P <= end, per task. */
    private long judged() {
      long first = (env.warmupNs() + periodNs - 1) / periodNs;
      long last = env.endNs() / periodNs - 1;
      return Math.max(0, last - first + 1);
    }
  }
}
