package org.hvsched.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top command {@code hvsched}. Adding a subcommand is one line in {@code subcommands} below:
 * a picocli {@code @Command} class whose {@code call()} returns the exit status and throws
 * {@link org.hvsched.topology.InputException} for bad input (exit 2), {@link CheckFailedException}
 * for a failed check (exit 1), and picocli's {@code ParameterException} for usage errors (exit 2).
 */
@Command(
    name = "hvsched",
    mixinStandardHelpOptions = true,
    versionProvider = HvschedCommand.Version.class,
    description = "Simulate hypervisor CPU schedulers on SMT hardware and compare them.",
    subcommands = {
      RunCommand.class,
      ValidateCommand.class,
      PoliciesCommand.class,
      ProfilesCommand.class,
      CompareCommand.class,
      SweepCommand.class,
      BenchCommand.class,
      TopologyCommand.class,
    })
public final class HvschedCommand implements Runnable {
  @Spec CommandSpec spec;

  /** Read by {@link Main} before parsing; declared so that picocli accepts it everywhere. */
  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print the stack trace of an error.")
  boolean debug;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command: expected one of "
        + String.join(", ", spec.subcommands().keySet()));
  }

  /** Supplies {@link Main#VERSION} to {@code --version}. */
  static final class Version implements picocli.CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {Main.VERSION};
    }
  }
}
