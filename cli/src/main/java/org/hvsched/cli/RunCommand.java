package org.hvsched.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.core.trace.Traces;
import org.hvsched.harness.output.RunResultCsv;
import org.hvsched.harness.output.RunResultJson;
import org.hvsched.harness.output.RunTable;
import org.hvsched.harness.report.OutputFiles;
import org.hvsched.harness.run.RunOverrides;
import org.hvsched.harness.run.RunResult;
import org.hvsched.harness.run.ScenarioRunner;
import org.hvsched.harness.scenario.Scenario;
import org.hvsched.harness.scenario.ScenarioParser;
import org.hvsched.harness.yaml.Values;
import org.hvsched.topology.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hvsched run SCENARIO [--policy ID] [--set K=V]... [--seed N] [--duration D] [--json F]
 * [--csv F] [--trace F] [--trace-json F]}: one simulation (spec.md section 1).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    versionProvider = HvschedCommand.Version.class,
    description = {"Run one simulation of SCENARIO and print a table per domain and for the host.",
        "Exits 1 when a policy that claims isolation shows guest/guest exposure (results are",
        "still written), 2 on bad input (nothing is written)."})
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "Scenario YAML file.")
  Path scenario;

  @Option(names = "--policy", paramLabel = "ID", description = "Policy id (overrides the scenario's).")
  String policy;

  @Option(names = "--set", paramLabel = "K=V", description = "Policy setting by name (repeatable).")
  List<String> set = List.of();

  @Option(names = "--seed", paramLabel = "N", description = "Seed (overrides the scenario's).")
  Long seed;

  @Option(names = "--duration", paramLabel = "D", description = "Duration, e.g. 2s (overrides).")
  String duration;

  @Option(names = "--json", paramLabel = "F", description = "Write the results as JSON.")
  Path json;

  @Option(names = "--csv", paramLabel = "F", description = "Write one CSV row per domain.")
  Path csv;

  @Option(names = "--trace", paramLabel = "F", description = "Stream an ftrace text trace.")
  Path trace;

  @Option(names = "--trace-json", paramLabel = "F", description = "Stream a Chrome trace (JSON).")
  Path traceJson;

  @Override
  public Integer call() {
    Scenario s = ScenarioParser.parse(scenario);
    RunOverrides overrides = overrides();
    checkOutputs();
    ScenarioRunner.plan(s, overrides);
    RunResult result;
    TraceSink sink = openTraces();
    try {
      result = ScenarioRunner.plan(s, overrides.withTrace(sink)).execute(true);
      Traces.closeAll(List.of(sink));
    } catch (RuntimeException e) {
      try {
        Traces.closeAll(List.of(sink));
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      deleteTraces();
      throw e;
    }
    if (json != null) {
      OutputFiles.write(json, RunResultJson.toJson(result));
    }
    if (csv != null) {
      OutputFiles.write(csv, RunResultCsv.toCsv(result));
    }
    spec.commandLine().getOut().print(RunTable.render(result));
    spec.commandLine().getOut().flush();
    if (result.violation().isPresent()) {
      throw new CheckFailedException(result.violation().get().describe());
    }
    return 0;
  }

  private RunOverrides overrides() {
    RunOverrides o = RunOverrides.none();
    if (policy != null) {
      o = o.withPolicy(policy);
    }
    Map<String, String> settings = new LinkedHashMap<>();
    for (String kv : set) {
      int eq = kv.indexOf('=');
      if (eq <= 0) {
        throw new InputException("--set", "'" + kv + "': expected NAME=VALUE");
      }
      settings.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
    }
    if (!settings.isEmpty()) {
      o = o.withSet(settings);
    }
    if (seed != null) {
      o = o.withSeed(seed);
    }
    if (duration != null) {
      o = o.withDurationNs(Values.durationNs(duration));
    }
    return o;
  }

  private void checkOutputs() {
    if (json != null) {
      OutputFiles.checkFile("--json", json);
    }
    if (csv != null) {
      OutputFiles.checkFile("--csv", csv);
    }
    if (trace != null) {
      OutputFiles.checkFile("--trace", trace);
    }
    if (traceJson != null) {
      OutputFiles.checkFile("--trace-json", traceJson);
    }
  }

  private TraceSink openTraces() {
    try {
      return Traces.open(trace, traceJson);
    } catch (UncheckedIOException e) {
      throw new InputException(String.valueOf(trace != null ? trace : traceJson),
          "cannot be written: " + e.getMessage());
    }
  }

  private void deleteTraces() {
    for (Path p : new Path[] {trace, traceJson}) {
      if (p != null) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // nothing half-written is the goal; a file we cannot delete is reported by the error
        }
      }
    }
  }
}
