package org.hvsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hvsched sweep plan|run|merge} on the documented tiny sweep: exit statuses of spec.md
 * section 1, one-line errors, resume after an interruption, and the report.
 */
final class SweepCommandTest {
  @TempDir Path tmp;
  private Path plan;

  @BeforeEach
  void plan() {
    plan = tmp.resolve("tiny.plan");
    CliRun r = CliRun.of("sweep", "plan", sweep("tiny.sweep.yaml"), "-o", plan.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("hvsched sweep: " + plan + ": 24 runs (24 distinct) over 6"
        + " points\n");
  }

  @Test
  void interruptedShard_reRun_runsOnlyWhatIsMissing_thenMergesWithReport() throws Exception {
    Path out = tmp.resolve("out");
    CliRun first = CliRun.of("sweep", "run", plan.toString(), "-o", out.toString(),
        "--shard", "1/2", "--jobs", "2");
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).contains("shard 1/2: 12 runs, 0 already written, 12 run now");
    assertThat(first.err()).contains("hvsched sweep: shard 1/2: 12/12 done, 0 left");
    List<Path> runs = runFiles(out);
    Files.delete(runs.get(4));
    CliRun again = CliRun.of("sweep", "run", plan.toString(), "-o", out.toString(),
        "--shard", "1/2");
    assertThat(again.out()).contains("shard 1/2: 12 runs, 11 already written, 1 run now");

    CliRun partial = CliRun.of("sweep", "merge", out.toString());
    assertThat(partial.status()).isEqualTo(1);
    assertThat(partial.err()).startsWith("hvsched: error: " + out + ": merge incomplete, 12 of"
        + " 24 runs missing: ").doesNotContain("\n\t");
    assertThat(partial.err().lines()).hasSize(1);
    assertThat(Files.readString(out.resolve("merged.json"))).contains("\"complete\" : false");

    assertThat(CliRun.of("sweep", "run", plan.toString(), "-o", out.toString(), "--shard",
        "0/2").status()).isZero();
    CliRun merged = CliRun.of("sweep", "merge", out.toString(), "--report");
    assertThat(merged.status()).as(merged.err()).isZero();
    assertThat(Files.readString(out.resolve("merged.json"))).contains("\"complete\" : true");
    String page = Files.readString(out.resolve("index.html"));
    assertThat(page).contains("<h1>hvsched sweep: tiny</h1>").contains("vms in {1, 2, 3}")
        .contains("src=\"charts/sweep-metric-1-vm1.svg\"");
    try (Stream<Path> charts = Files.list(out.resolve("charts"))) {
      assertThat(charts.filter(p -> p.toString().endsWith(".png")).count()).isEqualTo(14);
    }
  }

  @Test
  void badInput_exit2_oneLine_nothingWritten() throws Exception {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "scenario: " + sweep("tiny.yaml")
        + "\naxes:\n  domains[3].vcpus: [1, 2]\n");
    CliRun r = CliRun.of("sweep", "plan", bad.toString(), "-o", tmp.resolve("bad.plan")
        .toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("hvsched: error: " + bad + ":3:3: axis domains[3].vcpus: the"
        + " scenario has 2 domains, expected an index from 0 to 1\n");
    assertThat(tmp.resolve("bad.plan")).doesNotExist();

    CliRun shard = CliRun.of("sweep", "run", plan.toString(), "-o", tmp.resolve("o").toString(),
        "--shard", "2/2");
    assertThat(shard.status()).isEqualTo(2);
    assertThat(shard.err()).startsWith("hvsched: error: --shard: found '2/2', expected an index"
        + " I from 0 to 1");
    CliRun jobs = CliRun.of("sweep", "run", plan.toString(), "-o", tmp.resolve("o").toString(),
        "--jobs", "0");
    assertThat(jobs.status()).isEqualTo(2);
    CliRun underFile = CliRun.of("sweep", "run", plan.toString(), "-o",
        plan.resolve("x").toString());
    assertThat(underFile.status()).isEqualTo(2);
    assertThat(underFile.err()).startsWith("hvsched: error: -o: -o " + plan.resolve("x")
        + " cannot be created");
    assertThat(CliRun.of("sweep", "run", plan.toString(), "-o", plan.toString()).status())
        .isEqualTo(2);
    assertThat(tmp.resolve("o")).doesNotExist();
    CliRun dotted = CliRun.of("sweep", "run", plan.toString(), "-o",
        tmp.resolve("no/such/../x").toString() + "/", "--shard", "0/24");
    assertThat(dotted.status()).as(dotted.err()).isZero();
    assertThat(tmp.resolve("no/x/runs")).isDirectory();
    assertThat(CliRun.of("sweep", "merge", tmp.resolve("nothing").toString()).status())
        .isEqualTo(2);
    assertThat(CliRun.of("sweep").status()).isEqualTo(2);
  }

  private static String sweep(String name) {
    return SweepScaleOutTest.root().resolve("scenarios/sweeps").resolve(name).toString();
  }

  private static List<Path> runFiles(Path out) throws Exception {
    try (Stream<Path> s = Files.list(out.resolve("runs"))) {
      return s.sorted().toList();
    }
  }
}
