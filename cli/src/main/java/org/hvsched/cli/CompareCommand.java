package org.hvsched.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hvsched.harness.compare.Compare;
import org.hvsched.harness.compare.CompareFailedException;
import org.hvsched.harness.compare.Comparison;
import org.hvsched.harness.compare.ComparisonTable;
import org.hvsched.harness.compare.ResultsJson;
import org.hvsched.harness.report.OutputFiles;
import org.hvsched.harness.report.Reports;
import org.hvsched.harness.scenario.Scenario;
import org.hvsched.harness.scenario.ScenarioParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hvsched compare SCENARIO [--configs A,B,...] [--seeds N] [--jobs N] [--report DIR]
 * [--json F]} (spec.md sections 1 and 5; docs/compare.md). Output paths are checked and every
 * configuration is built before anything runs (exit 2); a broken run aborts the comparison with
 * nothing written (exit 1); a broken isolation claim exits 1 after the results are written.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = HvschedCommand.Version.class,
    description = {
      "Run a scenario under a matrix of configurations over several seeds; print",
      "per domain the primary metric (mean +- 95%% CI, ratio to the family's",
      "baseline), exposure, forced and reserved idle, and a verdict line per",
      "configuration. Default matrix: the scenario's configs:, else xen-smt-on,",
      "xen-smt-off, xen-core, kvm-smt-on, kvm-smt-off, kvm-coresched.",
      "Exit 1 when a run breaks (nothing written) or an isolation claim is broken",
      "(after writing); 2 for bad input or unwritable output paths."
    })
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "The scenario file (YAML).")
  Path scenario;

  @Option(names = "--configs", paramLabel = "A,B,...", split = ",", hideParamSyntax = true,
      description = "Configurations to run: named ones or custom ones of the scenario's"
          + " configs:; a configuration's baseline runs too.")
  List<String> configs;

  @Option(names = "--seeds", paramLabel = "N", defaultValue = "3",
      description = "Seeds per configuration: seed, seed+1, ... (default: ${DEFAULT-VALUE}).")
  int seeds;

  @Option(names = "--jobs", paramLabel = "N",
      description = "Runs in parallel (default: the number of processors).")
  Integer jobs;

  @Option(names = "--report", paramLabel = "DIR",
      description = "Write results.json, results.csv, charts/ and index.html to DIR.")
  Path report;

  @Option(names = "--json", paramLabel = "F", description = "Write results.json to F.")
  Path json;

  @Override
  public Integer call() {
    int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (seeds < 1) {
      throw usage("--seeds " + seeds + ": expected a number of seeds of 1 or more");
    }
    if (threads < 1) {
      throw usage("--jobs " + threads + ": expected 1 or more");
    }
    if (json != null) {
      OutputFiles.checkFile("--json", json);
    }
    if (report != null) {
      OutputFiles.checkDirectory("--report", report);
    }
    Scenario s = ScenarioParser.parse(scenario);
    Compare.Plan plan = Compare.plan(s, new Compare.Options(Optional.ofNullable(configs),
        seeds, threads, report != null));
    Comparison c = run(plan);
    PrintWriter out = spec.commandLine().getOut();
    ComparisonTable.lines(c).forEach(out::println);
    out.flush();
    if (json != null) {
      OutputFiles.write(json, ResultsJson.text(c));
    }
    if (report != null) {
      Reports.write(c, report);
      out.println("report: " + report.resolve("index.html"));
      out.flush();
    }
    if (!c.violations().isEmpty()) {
      throw new CheckFailedException("isolation claim broken in " + c.violations().size()
          + " run(s): " + String.join("; ", c.violations()));
    }
    return ErrorHandler.OK;
  }

  private Comparison run(Compare.Plan plan) {
    try (CompareProgress progress = CompareProgress.onStderr(spec.commandLine().getErr())) {
      return Compare.run(plan, progress);
    } catch (CompareFailedException e) {
      throw new CheckFailedException(e.getMessage(), e);
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
