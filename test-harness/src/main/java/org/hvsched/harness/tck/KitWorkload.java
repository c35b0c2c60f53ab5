package org.hvsched.harness.tck;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.hvsched.api.Task;
import org.hvsched.core.random.Distribution;
import org.hvsched.core.random.RandomStream;
import org.hvsched.core.workload.Step;
import org.hvsched.core.workload.TaskProgram;
import org.hvsched.core.workload.WorkloadHost;
import org.hvsched.topology.InterferenceClass;

/**
 * The simple workloads the conformance kit and the benchmarks drive tasks with: always busy,
 * sleep-run with random phases, and pairs of tasks of one VM that hand work back and forth,
 * waiting for each other either blocked or spinning. Every random draw comes from a named stream
 * of the run ({@code tck/TASK/PURPOSE}), so a scenario replays exactly.
 */
public sealed interface KitWorkload {

  /** Creates the program of {@code task}; {@code tasks} holds every task by id (partners). */
  TaskProgram program(Task task, WorkloadHost host, List<Task> tasks);

  /** A short description for failure messages. */
  String describe();

  /** Computes forever in bursts of {@code burst} work of class {@code cls}. */
  record CpuBound(Distribution burst, InterferenceClass cls) implements KitWorkload {
    public CpuBound {
      requireNonNull(burst, "burst");
      requireNonNull(cls, "cls");
    }

    @Override
    public TaskProgram program(Task task, WorkloadHost host, List<Task> tasks) {
      RandomStream s = host.stream("tck/" + task.name() + "/burst");
      return nowNs -> new Step.Compute(draw(burst, s), cls);
    }

    @Override
    public String describe() {
      return "cpu-bound(" + burst.spec() + "," + cls.id() + ")";
    }
  }

  /** Sleeps {@code sleep}, then computes {@code run}, and again (starts with a sleep). */
  record SleepRun(Distribution run, Distribution sleep, InterferenceClass cls)
      implements KitWorkload {
    public SleepRun {
      requireNonNull(run, "run");
      requireNonNull(sleep, "sleep");
      requireNonNull(cls, "cls");
    }

    @Override
    public TaskProgram program(Task task, WorkloadHost host, List<Task> tasks) {
      RandomStream runs = host.stream("tck/" + task.name() + "/run");
      RandomStream sleeps = host.stream("tck/" + task.name() + "/sleep");
      boolean[] computeNext = {false};
      return nowNs -> {
        boolean compute = computeNext[0];
        computeNext[0] = !compute;
        return compute ? new Step.Compute(draw(run, runs), cls)
            : new Step.Sleep(sleep.sample(sleeps));
      };
    }

    @Override
    public String describe() {
      return "sleep-run(" + run.spec() + "," + sleep.spec() + "," + cls.id() + ")";
    }
  }

  /**
   * One side of a pair: computes {@code work}, wakes task {@code partner} and waits (spinning
   * when {@code spin}) until the partner wakes it. The side with {@code starts} computes first;
   * the other begins by waiting.
   */
  record Pair(int partner, Distribution work, boolean spin, boolean starts)
      implements KitWorkload {
    public Pair {
      requireNonNull(work, "work");
    }

    @Override
    public TaskProgram program(Task task, WorkloadHost host, List<Task> tasks) {
      RandomStream s = host.stream("tck/" + task.name() + "/work");
      Task other = tasks.get(partner);
      Step waiting = spin ? Step.SPIN : Step.WAIT;
      // the side that does not start begins with a plain wait, then both alternate
      boolean[] computeNext = {starts};
      boolean[] first = {!starts};
      return nowNs -> {
        if (first[0]) {
          first[0] = false;
          computeNext[0] = true;
          return Step.WAIT;
        }
        if (computeNext[0]) {
          computeNext[0] = false;
          return new Step.Compute(draw(work, s), InterferenceClass.MIXED);
        }
        computeNext[0] = true;
        host.wake(other);
        return waiting;
      };
    }

    @Override
    public String describe() {
      return (starts ? "ping" : "pong") + "(partner=" + partner + "," + work.spec()
          + (spin ? ",spin" : ",block") + ")";
    }
  }

  /** At least one ns of work: a zero draw still makes a burst. */
  private static long draw(Distribution d, RandomStream s) {
    return Math.max(1, d.sample(s));
  }
}
