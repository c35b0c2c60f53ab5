package org.hvsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** --help, --version and the error mapping of the top command. */
final class MainTest {

  @Test
  void version_printsToolVersion() {
    CliRun run = CliRun.of("--version");
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("hvsched 0.3.0\n");
  }

  @Test
  void help_listsTopologyCommand() {
    CliRun run = CliRun.of("--help");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Usage: hvsched").contains("topology").contains("--debug");
  }

  @Test
  void topologyHelp_listsOptions() {
    CliRun run = CliRun.of("topology", "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("SOURCE").contains("--kind").contains("--format").contains("--smt");
  }

  @Test
  void policies_registeredAndRuns() {
    CliRun run = CliRun.of("policies");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isNotBlank();
  }

  @Test
  void noCommand_usageError() {
    CliRun run = CliRun.of();
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("hvsched: error: missing command: expected one of ")
        .contains("topology").contains("policies").contains("compare")
        .endsWith(" (try 'hvsched --help')\n");
  }

  @Test
  void unexpectedException_status1_checkFailed_status1() {
    StringWriter text = new StringWriter();
    ErrorHandler handler = new ErrorHandler(new PrintWriter(text), false);
    CommandLine cmd = Main.commandLine();
    assertThat(handler.handleExecutionException(new IllegalStateException("boom"), cmd, null)).isEqualTo(1);
    assertThat(handler.handleExecutionException(new CheckFailedException("exposure on core 3"), cmd, null))
        .isEqualTo(1);
    assertThat(text.toString()).isEqualTo(
        "hvsched: error: IllegalStateException: boom (run with --debug for the stack trace)\n"
        + "hvsched: error: exposure on core 3\n");
  }
}
