package org.hvsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hvsched compare}: table, files, thread-count independence and exit statuses. */
final class CompareCommandTest {

  @Test
  void tinyScenario_printsTableAndVerdicts(@TempDir Path tmp) {
    String s = CompareScenarios.write(tmp, "tiny.yaml", CompareScenarios.TINY);
    CliRun run = CliRun.of("compare", s, "--configs", "rr-smt-off,gang", "--seeds", "2",
        "--jobs", "2");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("scenario tiny: 3 configurations x 2 seeds (seeds 11-12)\n")
        .contains("vm1: work, higher is better")
        .contains("configuration  mean +- 95% CI")
        .contains("guest/guest").contains("forced idle").contains("reserved idle")
        .contains("verdicts (summarising vm2):")
        .contains("  rr is the baseline, with ")
        .containsPattern("  gang is \\d+% (slower|faster) than rr and \\d+% (slower|faster)"
            + " than rr-smt-off, with zero cross-VM exposure\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void help_listsEveryOption_noFormatWarning() {
    CliRun run = CliRun.of("compare", "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("SCENARIO").contains("--configs=A,B,...")
        .contains("--seeds=N").contains("--jobs=N").contains("--report=DIR")
        .contains("--json=F").contains("95% CI").doesNotContain("WARN");
    assertThat(run.err()).doesNotContain("WARN");
  }

  @Test
  void jobsOneOrFour_identicalResultsJson(@TempDir Path tmp) throws IOException {
    String s = CompareScenarios.write(tmp, "tiny.yaml", CompareScenarios.TINY);
    Path one = tmp.resolve("one.json");
    Path four = tmp.resolve("four.json");
    assertThat(CliRun.of("compare", s, "--configs", "rr-smt-off,gang", "--seeds", "3",
        "--jobs", "1", "--json", one.toString()).status()).isZero();
    assertThat(CliRun.of("compare", s, "--configs", "rr-smt-off,gang", "--seeds", "3",
        "--jobs", "4", "--json", four.toString()).status()).isZero();
    assertThat(Files.readString(four)).isEqualTo(Files.readString(one))
        .contains("\"seeds\": [\n    11,\n    12,\n    13\n  ]");
  }

  @Test
  void report_sameResultsAsJsonAlone_timelineTracingChangesNothing(@TempDir Path tmp)
      throws IOException {
    String s = CompareScenarios.write(tmp, "tiny.yaml", CompareScenarios.TINY);
    Path json = tmp.resolve("alone.json");
    Path report = tmp.resolve("report");
    assertThat(CliRun.of("compare", s, "--configs", "gang", "--seeds", "2", "--json",
        json.toString()).status()).isZero();
    assertThat(CliRun.of("compare", s, "--configs", "gang", "--seeds", "2", "--report",
        report.toString()).status()).isZero();
    assertThat(Files.readString(report.resolve("results.json")))
        .isEqualTo(Files.readString(json));
    assertThat(report.resolve("results.csv")).content().startsWith("scenario,config,policy,");
    assertThat(report.resolve("charts/timeline-2-gang.svg")).exists();
    assertThat(report.resolve("charts/timeline-2-gang.png")).exists();
  }

  @Test
  void claimedIsolationWithExposure_reportWrittenThenStatus1(@TempDir Path tmp) {
    String s = CompareScenarios.write(tmp, "tiny.yaml", CompareScenarios.TINY);
    Path json = tmp.resolve("r.json");
    CliRun run = CliRun.of("compare", s, "--configs", "leaky", "--seeds", "2", "--jobs", "2",
        "--json", json.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(json).exists().content().contains("\"violations\": [\n");
    assertThat(run.out()).contains("core BROKEN").contains("despite its isolation claim");
    assertThat(run.err()).startsWith("hvsched: error: isolation claim broken in 2 run(s):"
        + " configuration leaky, seed 11: guest/guest exposure on a claimed core: CPUs")
        .contains("configuration leaky, seed 12: ");
  }

  @Test
  void unwritableJson_usageErrorBeforeRunning(@TempDir Path tmp) {
    String s = CompareScenarios.write(tmp, "tiny.yaml", CompareScenarios.TINY);
    Path json = tmp.resolve("missing/dir/r.json");
    CliRun run = CliRun.of("compare", s, "--json", json.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("hvsched: error: --json: --json " + json)
        .contains("does not exist");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void reportUnderAFile_usageError(@TempDir Path tmp) throws IOException {
    String s = CompareScenarios.write(tmp, "tiny.yaml", CompareScenarios.TINY);
    Path file = Files.writeString(tmp.resolve("plain"), "x");
    CliRun run = CliRun.of("compare", s, "--report", file.resolve("out").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("cannot be created");
  }

  @Test
  void unknownConfiguration_usageErrorNamingKnownOnes(@TempDir Path tmp) {
    String s = CompareScenarios.write(tmp, "tiny.yaml", CompareScenarios.TINY);
    CliRun run = CliRun.of("compare", s, "--configs", "gang,xen-cor");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("hvsched: error: --configs: unknown configuration"
        + " 'xen-cor'; expected one of: xen-smt-on, xen-smt-off, xen-core,");
  }

  @Test
  void badSeeds_usageError(@TempDir Path tmp) {
    String s = CompareScenarios.write(tmp, "tiny.yaml", CompareScenarios.TINY);
    CliRun run = CliRun.of("compare", s, "--seeds", "0");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--seeds 0");
  }

  @Test
  void missingScenario_inputError(@TempDir Path tmp) {
    CliRun run = CliRun.of("compare", tmp.resolve("nope.yaml").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("hvsched: error: ");
  }

  @Test
  void runBreaks_status1_namesConfigSeedAndTime(@TempDir Path tmp) {
    String s = CompareScenarios.write(tmp, "late.yaml", CompareScenarios.TINY.replace(
        "type: sleep-run, run: exp(300us), sleep: exp(200us)",
        "type: parallel-jobs, jobs: 2, work: 10s"));
    CliRun run = CliRun.of("compare", s, "--configs", "gang", "--seeds", "1", "--jobs", "1",
        "--json", tmp.resolve("r.json").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).startsWith("hvsched: error: compare aborted: scenario tiny,"
        + " configuration rr, seed 11, ");
    assertThat(tmp.resolve("r.json")).doesNotExist();
  }

  @Test
  void progressLine_countsRuns_erasedAtTheEnd() {
    StringWriter text = new StringWriter();
    long[] now = {0};
    try (CompareProgress p = new CompareProgress(new PrintWriter(text), () -> now[0], true)) {
      p.update(0, 4);
      now[0] = 3_000_000_000L;
      p.update(1, 4);
    }
    assertThat(text.toString()).isEqualTo("\rhvsched: compare: 0/4 runs done, 0 s elapsed"
        + "\rhvsched: compare: 1/4 runs done, 3 s elapsed"
        + "\r" + " ".repeat(44) + "\r");
  }

  @Test
  void progressLine_noTerminal_silent() {
    StringWriter text = new StringWriter();
    try (CompareProgress p = new CompareProgress(new PrintWriter(text), () -> 0, false)) {
      p.update(1, 4);
    }
    assertThat(text.toString()).isEmpty();
  }
}
