package org.hvsched.harness.run;

import java.util.ArrayList;
import java.util.List;
import org.hvsched.api.Task;
import org.hvsched.core.stats.RunOutcome;
import org.hvsched.core.stats.TaskStats;
import org.hvsched.core.workload.Step;
import org.hvsched.core.workload.TaskProgram;
import org.hvsched.core.workload.TaskPrograms;
import org.hvsched.core.workload.WorkloadHost;
import org.hvsched.harness.scenario.DomainDef;
import org.hvsched.harness.scenario.Scenario;
import org.hvsched.harness.scenario.ThreadDef;
import org.hvsched.harness.workload.WorkloadEnv;
import org.hvsched.harness.workload.WorkloadResult;
import org.hvsched.harness.workload.WorkloadRun;
import org.hvsched.harness.workload.WorkloadSpec;
import org.hvsched.harness.workload.WorkloadStats;

/**
 * The workload instances of one simulation, bound to its tasks: each domain's workload drives its
 * {@code vcpus:} subset (the other vCPUs are done from the start, blocked for the whole run), each
 * extra thread's workload drives that thread. It is the run's {@link TaskPrograms}.
 */
final class WorkloadBinding implements TaskPrograms {
  private static final TaskProgram IDLE = nowNs -> Step.DONE;

  /** One workload instance and the tasks it drives. */
  record Bound(WorkloadRun run, List<Task> tasks) {}

  private final WorkloadRun[] byTask;
  private final List<Bound> domainRuns = new ArrayList<>();
  private final List<List<Bound>> threadRuns = new ArrayList<>();

  WorkloadBinding(Scenario s, List<Task> tasks, long warmupNs, long durationNs) {
    byTask = new WorkloadRun[tasks.size()];
    int next = 0;
    for (DomainDef d : s.domains()) {
      WorkloadSpec w = d.workload();
      List<Task> active = new ArrayList<>();
      for (int i = 0; i < d.vcpus(); i++) {
        if (w.common().runsOn(i)) {
          active.add(tasks.get(next + i));
        }
      }
      domainRuns.add(bind(w, new WorkloadEnv(d.name(), active, warmupNs, durationNs)));
      next += d.vcpus();
      List<Bound> threads = new ArrayList<>();
      for (ThreadDef t : d.threads()) {
        Task task = tasks.get(next++);
        threads.add(bind(t.workload(), new WorkloadEnv(task.name(), List.of(task), warmupNs,
            durationNs)));
      }
      threadRuns.add(threads);
    }
  }

  private Bound bind(WorkloadSpec spec, WorkloadEnv env) {
    WorkloadRun run = spec.start(env);
    for (Task t : env.tasks()) {
      byTask[t.id()] = run;
    }
    return new Bound(run, env.tasks());
  }

  @Override
  public TaskProgram create(Task task, WorkloadHost host) {
    WorkloadRun run = byTask[task.id()];
    return run == null ? IDLE : run.program(task, host);
  }

  /** The result of domain {@code index}'s workload. */
  WorkloadResult domainResult(int index, RunOutcome outcome) {
    return result(domainRuns.get(index), outcome);
  }

  /** The results of domain {@code index}'s extra threads, in order. */
  List<WorkloadResult> threadResults(int index, RunOutcome outcome) {
    List<WorkloadResult> out = new ArrayList<>();
    for (Bound b : threadRuns.get(index)) {
      out.add(result(b, outcome));
    }
    return out;
  }

  private static WorkloadResult result(Bound b, RunOutcome outcome) {
    List<TaskStats> stats = new ArrayList<>();
    for (Task t : b.tasks()) {
      stats.add(outcome.tasks().get(t.id()));
    }
    return b.run().result(new WorkloadStats(outcome.measuredNs(), stats));
  }
}
