package org.hvsched.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hvsched.harness.output.ScenarioYaml;
import org.hvsched.harness.scenario.ScenarioParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hvsched validate SCENARIO}: parse, check, print fully resolved; run nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    versionProvider = HvschedCommand.Version.class,
    description = "Parse and check SCENARIO and print it fully resolved (defaults filled in);"
        + " run nothing.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "Scenario YAML file.")
  Path scenario;

  @Override
  public Integer call() {
    String text = ScenarioYaml.render(ScenarioParser.parse(scenario));
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
