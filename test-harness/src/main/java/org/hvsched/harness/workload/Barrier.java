package org.hvsched.harness.workload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.hvsched.api.Task;
import org.hvsched.core.random.Distribution;
import org.hvsched.core.random.RandomStream;
import org.hvsched.core.workload.Step;
import org.hvsched.core.workload.TaskProgram;
import org.hvsched.core.workload.WorkloadHost;
import org.hvsched.harness.yaml.DistributionParser;
import org.hvsched.harness.yaml.Values;
import org.hvsched.harness.yaml.YamlNode;
import org.hvsched.topology.InterferenceClass;

/**
 * {@code barrier}: SMP phases (an OpenMP loop, a bulk-synchronous solver). Each task computes a
 * {@code phase} of work, then waits at a barrier of all the workload's tasks, blocking or spinning
 * ({@code wait}); the last to arrive releases the others and everyone starts the next phase. A
 * descheduled vCPU holds up all its siblings, which is what makes it sensitive to the host's
 * scheduler. Default class {@code compute}. Stream {@code TASK/phase}.
 *
 * <p>Primary metric {@code phaseRate}: barrier completions in the measured window per second
 * (phases/s, higher is better). Also {@code phases} (count).
 *
 * @param common class and vcpus
 * @param phase work of one task's phase (distribution), default {@code const(1ms)}
 * @param phases number of phases, empty = unbounded (default)
 * @param spin true: spin while waiting ({@code wait: spin}); false: block (default)
 */
public record Barrier(WorkloadCommon common, Distribution phase, OptionalLong phases, boolean spin)
    implements WorkloadSpec {

  /** The type. */
  public static final WorkloadType TYPE = new WorkloadType("barrier",
      "SMP phases of work ended by a barrier over the workload's vCPUs, waiting by blocking or"
          + " spinning (OpenMP-style parallel loops).",
      InterferenceClass.COMPUTE, "phaseRate", "phases/s",
      List.of(new ParamDoc("phase", "const(1ms)", "work of each task in each phase (distribution)"),
          new ParamDoc("phases", "unbounded", "number of phases, then the tasks stop"),
          new ParamDoc("wait", "block", "block or spin at the barrier")),
      Barrier::parse);

  private static Barrier parse(org.hvsched.harness.yaml.MapReader r, WorkloadCommon common) {
    Distribution phase = r.get("phase").map(n -> Values.distribution(n, r.path("phase")))
        .orElse(new Distribution.Const(1_000_000));
    OptionalLong phases = OptionalLong.empty();
    if (r.get("phases").isPresent()) {
      YamlNode n = r.get("phases").get();
      if (!(n instanceof YamlNode.Scalar s && s.text().equals("unbounded"))) {
        phases = OptionalLong.of(Values.integer(n, r.path("phases"), 1, Long.MAX_VALUE));
      }
    }
    boolean spin = false;
    if (r.get("wait").isPresent()) {
      YamlNode n = r.get("wait").get();
      String w = Values.text(n, r.path("wait"), "block or spin");
      if (!w.equals("block") && !w.equals("spin")) {
        throw Values.error(n, r.path("wait"), "block or spin");
      }
      spin = w.equals("spin");
    }
    if (phase.meanNs() <= 0) {
      throw r.location().error(r.path("phase") + ": found a phase of zero work, expected work > 0");
    }
    return new Barrier(common, phase, phases, spin);
  }

  @Override
  public String name() {
    return TYPE.id();
  }

  @Override
  public Map<String, Object> resolved() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", name());
    out.put("phase", DistributionParser.format(phase));
    out.put("phases", phases.isPresent() ? (Object) phases.getAsLong() : "unbounded");
    out.put("wait", spin ? "spin" : "block");
    common.render(out);
    return out;
  }

  @Override
  public WorkloadRun start(WorkloadEnv env) {
    return new Run(env);
  }

  private final class Run implements WorkloadRun {
    private final WorkloadEnv env;
    private final List<Task> waiting = new ArrayList<>();
    private int arrived;
    private long measured;

    Run(WorkloadEnv env) {
      this.env = env;
    }

    @Override
    public TaskProgram program(Task task, WorkloadHost host) {
      RandomStream draws = host.stream(task.name() + "/phase");
      long[] done = {0};
      boolean[] computing = {false};
      return nowNs -> {
        if (computing[0]) {
          computing[0] = false;
          done[0]++;
          if (!arrive(task, host, nowNs)) {
            return spin ? Step.SPIN : Step.WAIT;
          }
        }
        if (phases.isPresent() && done[0] >= phases.getAsLong()) {
          return Step.DONE;
        }
        computing[0] = true;
        return new Step.Compute(Math.max(1, phase.sample(draws)), common.cls());
      };
    }

    /** True when {@code task} was the last to arrive and released the others. */
    private boolean arrive(Task task, WorkloadHost host, long nowNs) {
      arrived++;
      if (arrived < env.tasks().size()) {
        waiting.add(task);
        return false;
      }
      arrived = 0;
      if (env.measured(nowNs)) {
        measured++;
      }
      for (Task t : waiting) {
        host.wake(t);
      }
      waiting.clear();
      return true;
    }

    @Override
    public WorkloadResult result(WorkloadStats stats) {
      double rate = measured / (env.measuredNs() / 1e9);
      return WorkloadResult.of(List.of(new Metric("phaseRate", rate, "phases/s", true),
          new Metric("phases", measured, "", true)));
    }
  }
}
