package org.hvsched.cli;

import java.io.PrintWriter;
import org.hvsched.topology.InputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Maps every failure to spec.md section 1: usage errors and {@link InputException} print one line
 * {@code hvsched: error: ...} and give exit status 2; {@link CheckFailedException} and any other
 * exception give 1. No stack trace unless {@code --debug}.
 */
public final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {
  /** Success. */
  public static final int OK = 0;
  /** A check failed, or an unexpected error. */
  public static final int CHECK_FAILED = 1;
  /** Bad input or usage. */
  public static final int BAD_INPUT = 2;

  private final PrintWriter err;
  private final boolean debug;

  /** Prints to {@code err}; stack traces only when {@code debug}. */
  public ErrorHandler(PrintWriter err, boolean debug) {
    this.err = err;
    this.debug = debug;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    String hint = " (try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')";
    return report(e, oneLine(e.getMessage()) + hint, BAD_INPUT);
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    if (e instanceof ParameterException) {
      return handleParseException((ParameterException) e, new String[0]);
    }
    if (e instanceof InputException) {
      return report(e, oneLine(e.getMessage()), BAD_INPUT);
    }
    if (e instanceof CheckFailedException
        || e instanceof org.hvsched.core.SimulationException
        || e instanceof org.hvsched.harness.workload.UnfinishedWorkloadException) {
      return report(e, oneLine(e.getMessage()), CHECK_FAILED);
    }
    if (e instanceof java.io.UncheckedIOException) {
      return report(e, oneLine(e.getMessage()), BAD_INPUT);
    }
    String message = e.getMessage() == null ? e.getClass().getName() : e.getClass().getSimpleName()
        + ": " + e.getMessage();
    return report(e, oneLine(message) + (debug ? "" : " (run with --debug for the stack trace)"),
        CHECK_FAILED);
  }

  private int report(Exception e, String line, int status) {
    err.println("hvsched: error: " + line);
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return status;
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", "; ");
  }
}
