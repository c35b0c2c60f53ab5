package org.hvsched.harness.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hvsched.topology.InputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running a plan writes one file per id, whatever the shards and threads; a re-run runs only
 * what is missing; a folder of another plan, an edited plan or another version is refused.
 */
final class SweepRunnerTest {
  @TempDir Path tmp;
  private Path plan;

  @BeforeEach
  void plan() throws Exception {
    plan = tmp.resolve("plan.jsonl");
    SweepPlanner.plan(SweepFixtures.write(tmp, SweepFixtures.SWEEP), plan, SweepFixtures.TOOL);
  }

  @Test
  void shardsAndThreads_sameFilesAsWhole() throws Exception {
    Path whole = tmp.resolve("whole");
    SweepRunner.run(plan, whole, SweepFixtures.options(1, Shard.WHOLE, SweepFixtures.quiet()));
    Path shards = tmp.resolve("shards");
    int total = 0;
    for (int i = 0; i < 3; i++) {
      total += SweepRunner.run(plan, shards, SweepFixtures.options(3, new Shard(i, 3),
          SweepFixtures.quiet())).ran();
    }
    assertThat(total).isEqualTo(24);
    assertThat(files(shards)).isEqualTo(files(whole)).hasSize(25);
    assertThat(files(whole)).containsKey("plan.jsonl");
    assertThat(Files.readString(whole.resolve("plan.jsonl"))).isEqualTo(Files.readString(plan));
  }

  @Test
  void deletedResult_reRun_runsOnlyThatOne() throws Exception {
    Path out = tmp.resolve("out");
    Shard shard = new Shard(0, 2);
    SweepRunner.Summary first = SweepRunner.run(plan, out, SweepFixtures.options(2, shard,
        SweepFixtures.quiet()));
    assertThat(first.ran()).isEqualTo(12);
    List<Path> runs = runFiles(out);
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    for (Path r : runs) {
      Files.setLastModifiedTime(r, old);
    }
    Path gone = runs.get(5);
    byte[] before = Files.readAllBytes(gone);
    Files.delete(gone);
    Files.writeString(out.resolve("runs").resolve("." + gone.getFileName() + ".123.tmp"), "{");
    StringWriter progress = new StringWriter();
    SweepRunner.Summary second = SweepRunner.run(plan, out, SweepFixtures.options(2, shard,
        new PrintWriter(progress, true)));
    assertThat(second.ran()).isEqualTo(1);
    assertThat(second.skipped()).isEqualTo(11);
    assertThat(progress.toString()).contains("shard 0/2: 12 runs, 11 already written, 1 to run")
        .contains("shard 0/2: 12/12 done, 0 left");
    assertThat(Files.readAllBytes(gone)).isEqualTo(before);
    for (Path r : runs) {
      if (!r.equals(gone)) {
        assertThat(Files.getLastModifiedTime(r)).as("%s untouched", r).isEqualTo(old);
      }
    }
  }

  @Test
  void folderOfAnotherPlan_refusedBeforeRunning() throws Exception {
    Path out = tmp.resolve("out");
    SweepRunner.run(plan, out, SweepFixtures.options(2, new Shard(1, 4), SweepFixtures.quiet()));
    Path other = tmp.resolve("other.jsonl");
    Files.write(other, Files.readAllLines(plan).subList(0, 3));
    assertThatThrownBy(() -> SweepRunner.run(other, out, SweepFixtures.options(2, Shard.WHOLE,
        SweepFixtures.quiet()))).isInstanceOf(InputException.class)
        .hasMessageContaining("holds the results of another plan");
    assertThat(runFiles(out)).hasSize(6);
  }

  @Test
  void editedLineOrOtherVersion_refused() throws Exception {
    List<String> lines = Files.readAllLines(plan);
    Path edited = tmp.resolve("edited.jsonl");
    Files.write(edited, List.of(lines.get(0), lines.get(1).replace("\"seed\":6", "\"seed\":7")));
    assertThatThrownBy(() -> SweepRunner.run(edited, tmp.resolve("a"), SweepFixtures.options(1,
        Shard.WHOLE, SweepFixtures.quiet()))).isInstanceOf(InputException.class)
        .hasMessageContaining("edited.jsonl:2: id ").hasMessageContaining("does not match");
    assertThatThrownBy(() -> SweepRunner.run(plan, tmp.resolve("b"), new SweepRunner.Options(1,
        Shard.WHOLE, "hvsched 9.9", SweepFixtures.quiet(), System::nanoTime, 0)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("the plan was made by hvsched 0.3.0, this is hvsched 9.9");
    assertThat(tmp.resolve("a")).doesNotExist();
    assertThat(tmp.resolve("b")).doesNotExist();
  }

  @Test
  void runThatBreaks_abortsNamingIt_keepsFinishedResults() throws Exception {
    Files.writeString(tmp.resolve("jobs.yaml"), SweepFixtures.SCENARIO.replace(
        "workload: {type: cpu-bound}", "workload: {type: parallel-jobs, jobs: 2, work: 10ms}"));
    Path broken = tmp.resolve("broken.jsonl");
    Files.writeString(tmp.resolve("broken.yaml"),
        "scenario: jobs.yaml\naxes:\n  duration: [50ms, 2ms]\n");
    SweepPlanner.plan(tmp.resolve("broken.yaml"), broken, SweepFixtures.TOOL);
    Path out = tmp.resolve("out");
    assertThatThrownBy(() -> SweepRunner.run(broken, out, SweepFixtures.options(1, Shard.WHOLE,
        SweepFixtures.quiet()))).isInstanceOf(SweepFailedException.class)
        .hasMessageContaining("(plan line 3), configuration rr, seed 5, axes {duration=2ms}");
    assertThat(runFiles(out)).hasSize(2);
  }

  @Test
  void badShard_rejected() {
    for (String bad : List.of("3/3", "1", "a/2", "0/0", "-1/2")) {
      assertThatThrownBy(() -> Shard.parse(bad)).as(bad).isInstanceOf(InputException.class)
          .hasMessageStartingWith("--shard: found '" + bad + "'");
    }
    assertThat(Shard.parse("2/5")).isEqualTo(new Shard(2, 5));
    assertThat(new Shard(2, 5).contains(7)).isTrue();
  }

  static List<Path> runFiles(Path out) throws Exception {
    try (Stream<Path> s = Files.list(out.resolve("runs"))) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  /** Every regular file under {@code dir} (relative name to content). */
  static Map<String, String> files(Path dir) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString(), Files.readString(p));
      }
    }
    return out;
  }
}
