package org.hvsched.harness.workload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.hvsched.api.Task;
import org.hvsched.core.random.Distribution;
import org.hvsched.core.random.RandomStream;
import org.hvsched.core.workload.Step;
import org.hvsched.core.workload.TaskProgram;
import org.hvsched.core.workload.WorkloadHost;
import org.hvsched.harness.yaml.DistributionParser;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.harness.yaml.Values;
import org.hvsched.topology.InterferenceClass;

/**
 * {@code sleep-run}: each task alternates a burst of work ({@code run}) and a sleep
 * ({@code sleep}), starting with a burst; an interactive or I/O-bound thread. Default class
 * {@code mixed}. Streams {@code TASK/run} and {@code TASK/sleep}. Primary metric {@code work}
 * (ns, higher is better); also {@code wakeLatencyP50} and {@code wakeLatencyP99} (ns, from the
 * engine's wake-up latency of its tasks).
 *
 * @param common class and vcpus
 * @param run burst length (work at full speed), default {@code exp(1ms)}
 * @param sleep sleep length, default {@code exp(1ms)}
 */
public record SleepRun(WorkloadCommon common, Distribution run, Distribution sleep)
    implements WorkloadSpec {

  /** The type. */
  public static final WorkloadType TYPE = new WorkloadType("sleep-run",
      "Alternates a burst of work and a sleep on each task (interactive, I/O-bound threads).",
      InterferenceClass.MIXED, "work", "ns",
      List.of(new ParamDoc("run", "exp(1ms)", "burst of work (distribution, work at full speed)"),
          new ParamDoc("sleep", "exp(1ms)", "sleep after each burst (distribution)")),
      SleepRun::parse);

  private static SleepRun parse(MapReader r, WorkloadCommon common) {
    Distribution run = r.get("run").map(n -> Values.distribution(n, r.path("run")))
        .orElse(new Distribution.Exp(1_000_000));
    Distribution sleep = r.get("sleep").map(n -> Values.distribution(n, r.path("sleep")))
        .orElse(new Distribution.Exp(1_000_000));
    if (run.meanNs() <= 0) {
      throw r.location().error(r.path("run") + ": found bursts of zero work, expected a"
          + " distribution with a mean above zero");
    }
    return new SleepRun(common, run, sleep);
  }

  @Override
  public String name() {
    return TYPE.id();
  }

  @Override
  public Map<String, Object> resolved() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", name());
    out.put("run", DistributionParser.format(run));
    out.put("sleep", DistributionParser.format(sleep));
    common.render(out);
    return out;
  }

  @Override
  public WorkloadRun start(WorkloadEnv env) {
    return new WorkloadRun() {
      @Override
      public TaskProgram program(Task task, WorkloadHost host) {
        RandomStream runs = host.stream(task.name() + "/run");
        RandomStream sleeps = host.stream(task.name() + "/sleep");
        boolean[] computeNext = {true};
        return nowNs -> {
          if (computeNext[0]) {
            computeNext[0] = false;
            long work = run.sample(runs);
            if (work > 0) {
              return new Step.Compute(work, common.cls());
            }
          }
          computeNext[0] = true;
          return new Step.Sleep(sleep.sample(sleeps));
        };
      }

      @Override
      public WorkloadResult result(WorkloadStats stats) {
        Histogram wake = stats.wakeLatency();
        return WorkloadResult.of(List.of(Metric.higherNs("work", stats.workNs()),
            Metric.lowerNs("wakeLatencyP50", Latencies.at(wake, 50)),
            Metric.lowerNs("wakeLatencyP99", Latencies.at(wake, 99))));
      }
    };
  }
}
