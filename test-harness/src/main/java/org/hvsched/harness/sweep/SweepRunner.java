package org.hvsched.harness.sweep;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.hvsched.harness.report.OutputFiles;
import org.hvsched.topology.InputException;

/**
 * {@code hvsched sweep run PLAN -o DIR [--jobs N] [--shard I/N]}: runs this shard's runs whose
 * result {@code DIR/runs/ID.json} is not there yet, on {@code jobs} threads, writing each result
 * atomically ({@link AtomicFiles}) the moment it is done, so an interrupted sweep loses no
 * finished run and the next {@code sweep run} skips them. A copy of the plan is kept as
 * {@code DIR/plan.jsonl} for {@code sweep merge}; a folder holding another plan is refused.
 * An id that appears twice in the shard runs once.
 */
public final class SweepRunner {
  /** The plan's copy in the output folder. */
  public static final String PLAN_COPY = "plan.jsonl";
  /** The folder of run files in the output folder. */
  public static final String RUNS = "runs";

  private SweepRunner() {}

  /**
   * How to run.
   *
   * @param jobs worker threads
   * @param shard this command's share of the plan
   * @param tool this tool's name and version (the plan must have been made by it)
   * @param err where the progress line goes
   * @param clockNs wall clock for the estimate
   * @param progressIntervalNs least time between two progress lines
   */
  public record Options(int jobs, Shard shard, String tool, PrintWriter err,
      LongSupplier clockNs, long progressIntervalNs) {
    public Options {
      checkArgument(jobs >= 1, "jobs must be at least 1: %s", jobs);
    }
  }

  /**
   * What a run command did.
   *
   * @param shardRuns distinct runs in this shard
   * @param skipped of those, already written before this command
   * @param ran run by this command
   * @param violations one line per run that broke its isolation claim (exit 1, results kept)
   */
  public record Summary(int shardRuns, int skipped, int ran, List<String> violations) {}

  /**
   * Runs this shard of {@code plan} into {@code dir}.
   *
   * @throws InputException for a bad plan or output folder (before anything is written)
   * @throws SweepFailedException when a run breaks
   */
  public static Summary run(Path plan, Path dirGiven, Options o) throws IOException {
    OutputFiles.checkDirectory("-o", dirGiven);
    Path dir = dirGiven.toAbsolutePath().normalize();
    Path runs = dir.resolve(RUNS);
    BitSet todo = new BitSet();
    Set<String> ids = new HashSet<>();
    int[] skipped = new int[1];
    PlanReader.read(plan, i -> o.shard().contains(i), (i, line) -> {
      checkTool(plan, i, line, o.tool());
      if (ids.add(line.id())) {
        if (Files.exists(runs.resolve(line.id() + ".json"))) {
          skipped[0]++;
        } else {
          todo.set(Math.toIntExact(i));
        }
      }
    });
    keepPlanCopy(plan, dir);
    Files.createDirectories(runs);
    Progress progress = new Progress(o.err(), o.clockNs(), "shard " + o.shard(), ids.size(),
        skipped[0], o.progressIntervalNs());
    progress.start();
    List<String> violations = execute(plan, runs, todo, o, progress);
    return new Summary(ids.size(), skipped[0], todo.cardinality(), violations);
  }

  private static List<String> execute(Path plan, Path runs, BitSet todo, Options o,
      Progress progress) throws IOException {
    int threads = Math.max(1, Math.min(o.jobs(), todo.cardinality()));
    ShardExecution run = new ShardExecution(new PlanRunner(plan), runs, threads, progress);
    try {
      PlanReader.read(plan, i -> i <= Integer.MAX_VALUE && todo.get((int) i), run::submit);
    } finally {
      run.close();
    }
    return run.finish();
  }

  private static void checkTool(Path plan, long i, PlanLine line, String tool) {
    if (!line.tool().equals(tool)) {
      throw new InputException(plan.toString(), (int) Math.min(Integer.MAX_VALUE, i + 1), 0,
          "the plan was made by " + line.tool() + ", this is " + tool
              + "; expected a plan made by this version (run hvsched sweep plan again)");
    }
  }

  /** Keeps {@code DIR/plan.jsonl}; refuses a folder that holds another plan. */
  private static void keepPlanCopy(Path plan, Path dir) throws IOException {
    Path copy = dir.resolve(PLAN_COPY);
    if (Files.exists(copy)) {
      if (Files.mismatch(plan, copy) != -1) {
        throw new InputException("-o", "folder '" + dir + "' holds the results of another plan ("
            + copy + " differs from " + plan + "); expected the folder of this plan's runs or a"
            + " new folder");
      }
      return;
    }
    Files.createDirectories(dir);
    AtomicFiles.write(copy, Files.readAllBytes(plan));
  }
}
