package org.hvsched.harness.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Planning and merging scale with the number of runs: a sweep of {@code hvsched.sweep.runs}
 * runs (400 by default; docs/PERFORMANCE.md runs 10,000 with a small heap) is planned, its run
 * files are synthesised from one real run, and the merge folds them all. Prints the wall time
 * per run of both steps; asserts only what the merge must contain.
 */
final class SweepScaleTest {
  @TempDir Path tmp;

  @Test
  void manyRuns_plannedAndMergedPointByPoint() throws Exception {
    int runs = Integer.getInteger("hvsched.sweep.runs", 400);
    int points = Math.max(1, runs / 4);
    List<String> rates = new ArrayList<>();
    for (int i = 0; i < points; i++) {
      rates.add(i + "/s");
    }
    Path sweep = SweepFixtures.write(tmp, "scenario: tiny.yaml\nseeds: 2\naxes:\n"
        + "  host.interruptRate: [" + String.join(", ", rates) + "]\n");
    Path plan = tmp.resolve("plan.jsonl");
    long t0 = System.nanoTime();
    SweepPlanner.Summary planned = SweepPlanner.plan(sweep, plan, SweepFixtures.TOOL);
    long planNs = System.nanoTime() - t0;
    assertThat(planned.runs()).isEqualTo(points * 4L);

    Path out = tmp.resolve("out");
    synthesise(plan, out);
    Runtime rt = Runtime.getRuntime();
    t0 = System.nanoTime();
    SweepMerger.Summary merged = SweepMerger.merge(out, SweepFixtures.TOOL);
    long mergeNs = System.nanoTime() - t0;
    System.gc();
    long usedMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
    System.out.printf("sweep scale: %d runs over %d points: plan %.2f s (%.0f us/run),"
        + " merge %.2f s (%.0f us/run), merged.json %d MB, heap max %d MB, used after merge"
        + " %d MB%n", planned.runs(), points, planNs / 1e9, planNs / 1e3 / planned.runs(),
        mergeNs / 1e9, mergeNs / 1e3 / planned.runs(),
        Files.size(out.resolve("merged.json")) >> 20, rt.maxMemory() >> 20, usedMb);
    assertThat(merged.complete()).isTrue();
    assertThat(merged.points()).isEqualTo(points);
    assertThat(Files.readAllLines(out.resolve("merged.csv"))).hasSize(1 + points * 2 * 2);
  }

  /** Writes a run file for every line of {@code plan}: one real run, relabelled. */
  private static void synthesise(Path plan, Path out) throws Exception {
    SweepRunner.run(plan, out, SweepFixtures.options(1, new Shard(0, Math.toIntExact(
        Files.lines(plan).count())), SweepFixtures.quiet()));
    Path runs = out.resolve(SweepRunner.RUNS);
    List<PlanLine> lines = new ArrayList<>();
    PlanReader.read(plan, (i, l) -> lines.add(l));
    RunFile template = RunFile.read(runs.resolve(lines.get(0).id() + ".json"),
        lines.get(0).id());
    long k = 0;
    for (PlanLine l : lines) {
      if (Files.exists(runs.resolve(l.id() + ".json"))) {
        continue;
      }
      ObjectNode result = template.result().deepCopy();
      result.put("config", l.config().name());
      result.put("seed", l.seed());
      ObjectNode metric = (ObjectNode) result.path("domains").get(0).path("metrics").get(0);
      metric.put("value", metric.path("value").asLong() + 1000 * (k++ % 7));
      String text = "{\n  \"schemaVersion\" : 1,\n  \"id\" : \"" + l.id() + "\",\n"
          + "  \"violation\" : null,\n  \"result\" : " + result + ",\n  \"csv\" : {\"header\" : "
          + CanonicalJson.MAPPER.writeValueAsString(template.csvHeader()) + ", \"rows\" : "
          + CanonicalJson.MAPPER.writeValueAsString(template.csvRows()) + "}\n}\n";
      Files.writeString(runs.resolve(l.id() + ".json"), text, StandardCharsets.UTF_8);
    }
  }
}
