package org.hvsched.harness.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hvsched.topology.InputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A merge folds the runs point by point into compare's results; the shards of a plan merge to
 * the same bytes as the plan run whole; a partial merge says what is missing and is not called
 * complete; run files that are not the plan's runs are refused.
 */
final class SweepMergerTest {
  @TempDir Path tmp;
  private Path plan;
  private Path whole;

  @BeforeEach
  void runWhole() throws Exception {
    plan = tmp.resolve("plan.jsonl");
    SweepPlanner.plan(SweepFixtures.write(tmp, SweepFixtures.SWEEP), plan, SweepFixtures.TOOL);
    whole = tmp.resolve("whole");
    SweepRunner.run(plan, whole, SweepFixtures.options(2, Shard.WHOLE, SweepFixtures.quiet()));
  }

  @Test
  void wholeRun_mergesEveryPointAsCompareResults() throws Exception {
    SweepMerger.Summary s = SweepMerger.merge(whole, SweepFixtures.TOOL);
    assertThat(s.complete()).isTrue();
    assertThat(s.points()).isEqualTo(6);
    assertThat(s.report().points()).hasSize(6);
    JsonNode merged = CanonicalJson.MAPPER.readTree(whole.resolve("merged.json").toFile());
    assertThat(merged.path("axes").toString()).isEqualTo("[\"vms\",\"host.interruptRate\"]");
    assertThat(merged.path("complete").asBoolean()).isTrue();
    assertThat(merged.path("runs").asInt()).isEqualTo(24);
    JsonNode last = merged.path("points").get(5);
    assertThat(last.path("axes").toString()).isEqualTo("{\"vms\":3,\"host.interruptRate\":"
        + "\"2000/s\"}");
    assertThat(last.path("seeds").toString()).isEqualTo("[5,6]");
    assertThat(last.path("configs").get(1).path("name").asText()).isEqualTo("gang");
    assertThat(last.path("configs").get(1).path("runs")).hasSize(2);
    assertThat(last.path("configs").get(1).path("summary")).hasSize(3);
    assertThat(last.path("verdicts").get(0).asText()).startsWith("rr is the baseline");
    List<String> csv = Files.readAllLines(whole.resolve("merged.csv"));
    assertThat(csv.get(0)).startsWith("vms,host.interruptRate,config,family,baseline,policy,");
    assertThat(csv).hasSize(1 + 2 * (1 + 2 + 3) * 2);
    assertThat(csv.get(csv.size() - 1)).startsWith("3,2000/s,gang,rr,rr,basic.gang,on,2,vm1-2,"
        + "work,ns,true,");
  }

  @Test
  void shards_mergeToTheBytesOfTheWholeRun() throws Exception {
    SweepMerger.merge(whole, SweepFixtures.TOOL);
    Path shards = tmp.resolve("shards");
    for (int i = 3; i >= 0; i--) {
      SweepRunner.run(plan, shards, SweepFixtures.options(1, new Shard(i, 4),
          SweepFixtures.quiet()));
    }
    SweepMerger.merge(shards, SweepFixtures.TOOL);
    for (String f : List.of("merged.json", "merged.csv")) {
      assertThat(Files.mismatch(shards.resolve(f), whole.resolve(f))).as(f).isEqualTo(-1);
    }
  }

  @Test
  void missingRuns_partialMergeListsThem_notComplete() throws Exception {
    List<Path> runs = SweepRunnerTest.runFiles(whole);
    List<String> gone = new ArrayList<>();
    for (int i : new int[] {3, 17}) {
      gone.add(runs.get(i).getFileName().toString().replace(".json", ""));
      Files.delete(runs.get(i));
    }
    SweepMerger.Summary s = SweepMerger.merge(whole, SweepFixtures.TOOL);
    assertThat(s.complete()).isFalse();
    assertThat(s.missing()).containsExactlyInAnyOrderElementsOf(gone);
    JsonNode merged = CanonicalJson.MAPPER.readTree(whole.resolve("merged.json").toFile());
    assertThat(merged.path("complete").asBoolean()).isFalse();
    assertThat(merged.path("missing")).hasSize(2);
    int partial = 0;
    for (JsonNode p : merged.path("points")) {
      if (p.has("missing")) {
        partial++;
        assertThat(p.has("configs")).isFalse();
      }
    }
    assertThat(partial).isBetween(1, 2);
    assertThat(s.report().points()).hasSize(6 - partial);
  }

  @Test
  void runFileOfAnotherRun_refusedNamingIt() throws Exception {
    List<Path> runs = SweepRunnerTest.runFiles(whole);
    Files.copy(runs.get(1), runs.get(0), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThatThrownBy(() -> SweepMerger.merge(whole, SweepFixtures.TOOL))
        .isInstanceOf(InputException.class).hasMessageStartingWith(runs.get(0).toString())
        .hasMessageContaining("not the result of run");
  }

  @Test
  void pointsOutOfOrder_refused() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(whole.resolve("plan.jsonl")));
    lines.add(lines.remove(0));
    Files.write(whole.resolve("plan.jsonl"), lines);
    assertThatThrownBy(() -> SweepMerger.merge(whole, SweepFixtures.TOOL))
        .isInstanceOf(InputException.class).hasMessageContaining("plan.jsonl:24: axis values"
            + " {vms=1, host.interruptRate=0/s} come back after another point");
  }

  @Test
  void folderWithoutPlan_refused() throws Exception {
    Path empty = Files.createDirectory(tmp.resolve("empty"));
    assertThatThrownBy(() -> SweepMerger.merge(empty, SweepFixtures.TOOL))
        .isInstanceOf(InputException.class).hasMessageContaining("no plan.jsonl here");
  }
}
