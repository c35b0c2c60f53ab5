package org.hvsched.harness.workload;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.hvsched.api.Task;
import org.hvsched.core.random.Durations;
import org.hvsched.core.random.RandomStream;
import org.hvsched.core.workload.TaskProgram;
import org.hvsched.core.workload.WorkloadHost;
import org.hvsched.harness.yaml.Values;
import org.hvsched.topology.InterferenceClass;

/**
 * {@code parallel-jobs}: a parallel build. A total of {@code work} (ns of CPU work at full speed)
 * is split into {@code tasks} pieces ({@link PieceSizes}: equal, or with {@code spread} &gt; 0
 * log-normal sizes drawn from stream {@code OWNER/pieces} and scaled to the total) and run with at most {@code jobs} pieces in flight, like {@code make -jN};
 * the guest's own scheduler ({@link GuestScheduler}) spreads the pieces over the workload's
 * vCPUs, each vCPU running the piece it took to completion. The build starts at the beginning of
 * the measured window (after warm-up). With {@code repeat: true} builds run back to back from
 * time 0, and each one that starts in the measured window and ends in the run is measured.
 * Default class {@code mixed} (compiles). No randomness unless {@code spread} &gt; 0.
 *
 * <p>Primary metric {@code makespan} (ns, lower is better; with repeat, the mean over measured
 * builds); also {@code builds}. A build that has not finished when the run ends (no measured
 * build, with repeat) is an {@link UnfinishedWorkloadException}.
 *
 * @param common class and vcpus
 * @param jobs pieces in flight at most, default the number of vCPUs it runs on
 * @param workNs total work, default 1s
 * @param tasks number of pieces, default 1000
 * @param repeat run builds back to back, default false
 * @param spread standard deviation of the log of a piece's size, 0 (the default) for equal pieces
 */
public record ParallelJobs(WorkloadCommon common, int jobs, long workNs, int tasks,
    boolean repeat, double spread) implements WorkloadSpec {

  /** The most pieces a build may have with {@code spread} &gt; 0. */
  public static final int MAX_RANDOM_TASKS = PieceSizes.MAX_RANDOM_TASKS;

  /** Checks the piece parameters. */
  public ParallelJobs {
    checkArgument(spread >= 0 && spread <= 4, "spread must be in 0..4: %s", spread);
    checkArgument(spread == 0 || tasks <= MAX_RANDOM_TASKS,
        "tasks must be at most %s with spread > 0: %s", MAX_RANDOM_TASKS, tasks);
  }

  /** The type. */
  public static final WorkloadType TYPE = new WorkloadType("parallel-jobs",
      "A fixed amount of work split in pieces run with at most `jobs` at a time over the VM's"
          + " vCPUs, as a parallel build does (make -jN); result: the makespan.",
      InterferenceClass.MIXED, "makespan", "ns",
      List.of(new ParamDoc("jobs", "vCPUs it runs on", "pieces in flight at most (make -jN)"),
          new ParamDoc("work", "1s", "total CPU work at full speed (duration > 0)"),
          new ParamDoc("tasks", "1000", "number of equal pieces the work is split into"),
          new ParamDoc("repeat", "false", "start the next build when one ends"),
          new ParamDoc("spread", "0", "sigma of log-normal piece sizes; 0: equal pieces")),
      (r, common) -> {
        int jobs = r.get("jobs").map(n -> Values.intIn(n, r.path("jobs"), 1, 1_000_000))
            .orElse(common.active());
        long work = r.get("work").map(n -> Values.positiveDurationNs(n, r.path("work")))
            .orElse(1_000_000_000L);
        int maxTasks = (int) Math.min(work, 100_000_000);
        int tasks = r.get("tasks").map(n -> Values.intIn(n, r.path("tasks"), 1, maxTasks))
            .orElse(Math.min(1000, maxTasks));
        boolean repeat = r.get("repeat").map(n -> Values.bool(n, r.path("repeat")))
            .orElse(false);
        double spread = r.get("spread").map(n -> Values.number(n, r.path("spread"), 0, 4))
            .orElse(0.0);
        if (spread > 0 && tasks > PieceSizes.MAX_RANDOM_TASKS) {
          throw Values.error(r.get("tasks").orElseThrow(), r.path("tasks"),
              "at most " + PieceSizes.MAX_RANDOM_TASKS + " pieces with spread > 0");
        }
        return new ParallelJobs(common, jobs, work, tasks, repeat, spread);
      });

  @Override
  public String name() {
    return TYPE.id();
  }

  @Override
  public Map<String, Object> resolved() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", name());
    out.put("jobs", (long) jobs);
    out.put("work", Durations.format(workNs));
    out.put("tasks", (long) tasks);
    out.put("repeat", repeat);
    out.put("spread", spread);
    common.render(out);
    return out;
  }

  @Override
  public boolean makespan() {
    return true;
  }

  @Override
  public WorkloadRun start(WorkloadEnv env) {
    return new Run(env);
  }

  private final class Run implements WorkloadRun {
    private final WorkloadEnv env;
    private final GuestScheduler guest;
    private final List<Long> makespans = new ArrayList<>();
    private RandomStream pieceStream;
    private long[] sizes;
    private long buildStartNs;
    private int submitted;
    private int finished;
    private int inFlight;

    Run(WorkloadEnv env) {
      this.env = env;
      this.guest = new GuestScheduler(env.tasks(), common.cls(), this::begin);
    }

    private void begin(WorkloadHost host) {
      pieceStream = spread > 0 ? host.stream(env.owner() + "/pieces") : null;
      host.at(repeat ? 0 : env.warmupNs(), () -> startBuild(host.nowNs()));
    }

    private void startBuild(long nowNs) {
      buildStartNs = nowNs;
      sizes = PieceSizes.draw(workNs, tasks, spread, pieceStream);
      submitted = 0;
      finished = 0;
      fill();
    }

    private void fill() {
      while (inFlight < jobs && submitted < tasks) {
        long size = sizes[submitted];
        submitted++;
        inFlight++;
        guest.submit(new Piece(size));
      }
    }

    private void pieceDone(long nowNs) {
      inFlight--;
      finished++;
      if (finished == tasks) {
        if (buildStartNs >= env.warmupNs()) {
          makespans.add(nowNs - buildStartNs);
        }
        if (repeat) {
          startBuild(nowNs);
        }
        return;
      }
      fill();
    }

    @Override
    public TaskProgram program(Task task, WorkloadHost host) {
      return guest.program(env.indexOf(task), host);
    }

    @Override
    public WorkloadResult result(WorkloadStats stats) {
      if (makespans.isEmpty()) {
        throw new UnfinishedWorkloadException(env.owner(), String.format(
            "parallel-jobs did not finish a build in the measured window (%d of %d pieces done"
                + " by %s); raise duration", finished, tasks, Durations.format(env.endNs())));
      }
      long mean = Math.round(makespans.stream().mapToLong(Long::longValue).average()
          .orElseThrow());
      return new WorkloadResult(List.of(Metric.lowerNs("makespan", mean),
          new Metric("builds", makespans.size(), "", true)), Optional.empty(),
          OptionalLong.of(mean));
    }

    private final class Piece implements GuestScheduler.GuestThread {
      private final long sizeNs;

      Piece(long sizeNs) {
        this.sizeNs = sizeNs;
      }

      @Override
      public long nextChunkNs() {
        return sizeNs;
      }

      @Override
      public boolean chunkDone(long nowNs) {
        pieceDone(nowNs);
        return false;
      }
    }
  }
}
