package org.hvsched.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * Entry point of {@code hvsched}. {@link #run} executes one command line in-process and returns
 * the exit status of spec.md section 1 (0 success, 1 a check failed or an unexpected error, 2 bad
 * input or usage); {@link #main} calls it and exits.
 */
public final class Main {
  /** What {@code --version} prints and result files name as their tool. */
  public static final String VERSION = "hvsched 0.3.0";

  private Main() {}

  /** Runs {@code hvsched ARGS} and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs {@code hvsched ARGS}, printing to {@code out} and {@code err}.
   *
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    boolean debug = Arrays.asList(args).contains("--debug");
    CommandLine cli = commandLine();
    ErrorHandler handler = new ErrorHandler(errWriter, debug);
    cli.setOut(outWriter).setErr(errWriter)
        .setParameterExceptionHandler(handler)
        .setExecutionExceptionHandler(handler);
    try {
      return cli.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /** The command tree, ready to parse (used by tests and by {@link #run}). */
  public static CommandLine commandLine() {
    return new CommandLine(new HvschedCommand());
  }
}
