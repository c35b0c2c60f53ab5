package org.hvsched.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hvsched.harness.report.SweepReports;
import org.hvsched.harness.sweep.Shard;
import org.hvsched.harness.sweep.SweepMerger;
import org.hvsched.harness.sweep.SweepPlanner;
import org.hvsched.harness.sweep.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hvsched sweep plan|run|merge} (spec.md section 6, docs/scale-out.md): expand a sweep into
 * a plan of runs, run the plan (whole, or one shard per Slurm array task or GNU parallel job),
 * and merge the results.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Sweeps: plan runs over axes, run them in shards, merge the results.",
    subcommands = {SweepCommand.Plan.class, SweepCommand.Run.class, SweepCommand.Merge.class})
final class SweepCommand implements Runnable {
  /** Most missing ids an error line lists (merged.json lists them all). */
  static final int LISTED = 20;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command: expected one of "
        + String.join(", ", spec.subcommands().keySet()));
  }

  /** {@code hvsched sweep plan SWEEP -o PLAN}. */
  @Command(name = "plan", mixinStandardHelpOptions = true,
      description = "Expand SWEEP (scenario, configs, seeds, axes) into PLAN, one run per line"
          + " (JSON lines with content-derived ids).")
  static final class Plan implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP", description = "The sweep file (YAML).")
    Path sweep;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PLAN",
        description = "The plan to write (JSON lines).")
    Path plan;

    @Override
    public Integer call() throws Exception {
      SweepPlanner.Summary s = SweepPlanner.plan(sweep, plan, Main.VERSION);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("hvsched sweep: %s: %d runs (%d distinct) over %d points%n", plan, s.runs(),
          s.distinct(), s.points());
      out.flush();
      return ErrorHandler.OK;
    }
  }

  /** {@code hvsched sweep run PLAN -o DIR [--jobs N] [--shard I/N]}. */
  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "Run PLAN's runs (or one shard of them) into DIR/runs/ID.json, skipping"
          + " those already there.")
  static final class Run implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan (from sweep plan).")
    Path plan;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
        description = "The results folder (shared by every shard).")
    Path dir;

    @Option(names = "--jobs", paramLabel = "N",
        description = "Runs at once (default: the CPUs this process may use).")
    Integer jobs;

    @Option(names = "--shard", paramLabel = "I/N", defaultValue = "0/1",
        description = "Take the runs whose plan index mod N is I (I from 0), e.g."
            + " $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT.")
    String shard;

    @Override
    public Integer call() throws Exception {
      int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
      if (n < 1) {
        throw new ParameterException(spec.commandLine(), "--jobs: found " + n
            + ", expected at least 1");
      }
      Shard share = Shard.parse(shard);
      PrintWriter err = spec.commandLine().getErr();
      SweepRunner.Summary s = SweepRunner.run(plan, dir, new SweepRunner.Options(n, share,
          Main.VERSION, err, System::nanoTime, 5_000_000_000L));
      PrintWriter out = spec.commandLine().getOut();
      out.printf("hvsched sweep: shard %s: %d runs, %d already written, %d run now%n", share,
          s.shardRuns(), s.skipped(), s.ran());
      out.flush();
      if (!s.violations().isEmpty()) {
        throw new CheckFailedException(s.violations().size() + " run(s) showed guest/guest"
            + " exposure on a claimed core (results written): " + s.violations().get(0));
      }
      return ErrorHandler.OK;
    }
  }

  /** {@code hvsched sweep merge DIR [--report]}. */
  @Command(name = "merge", mixinStandardHelpOptions = true,
      description = "Fold DIR/runs into DIR/merged.json and DIR/merged.csv (means, 95%% CIs,"
          + " ratios to baselines, by point); exit 1 listing the missing runs when any is"
          + " missing.")
  static final class Merge implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of sweep run.")
    Path dir;

    @Option(names = "--report", description = "Also write DIR/index.html and DIR/charts/"
        + " (each metric against the swept axis).")
    boolean report;

    @Override
    public Integer call() throws Exception {
      SweepMerger.Summary s = SweepMerger.merge(dir, Main.VERSION);
      if (report && s.complete()) {
        SweepReports.write(s.report(), dir);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf("hvsched sweep: %s: %d runs over %d points merged into %s and %s%s%n", dir,
          s.runs() - s.missing().size(), s.points(), SweepMerger.MERGED_JSON,
          SweepMerger.MERGED_CSV, report && s.complete() ? " with the report index.html" : "");
      out.flush();
      if (!s.complete()) {
        throw new CheckFailedException(dir + ": merge incomplete, " + s.missing().size()
            + " of " + s.runs() + " runs missing: " + listed(s.missing())
            + " (written with \"complete\": false" + (report ? ", no report" : "")
            + "; run sweep run again to finish them)");
      }
      if (!s.violations().isEmpty()) {
        throw new CheckFailedException(s.violations().size() + " run(s) showed guest/guest"
            + " exposure on a claimed core (results written): " + s.violations().get(0));
      }
      return ErrorHandler.OK;
    }

    private static String listed(List<String> ids) {
      if (ids.size() <= LISTED) {
        return String.join(", ", ids);
      }
      return String.join(", ", ids.subList(0, LISTED)) + " and " + (ids.size() - LISTED)
          + " more (all in " + SweepMerger.MERGED_JSON + ")";
    }
  }
}
