package org.hvsched.cli;

import java.util.concurrent.Callable;
import org.hvsched.harness.output.ProfilesText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hvsched profiles}: every workload profile, its parameters and primary metric. */
@Command(name = "profiles", mixinStandardHelpOptions = true,
    versionProvider = HvschedCommand.Version.class,
    description = "List every workload profile: parameters with defaults, interference class,"
        + " primary metric.")
final class ProfilesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(ProfilesText.render());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
