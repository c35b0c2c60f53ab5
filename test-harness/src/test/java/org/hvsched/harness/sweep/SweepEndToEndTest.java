package org.hvsched.harness.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep planned, run and merged in one process gives a complete merge. */
final class SweepEndToEndTest {
  @TempDir Path tmp;

  @Test
  void tinySweep_runWhole_mergesComplete() throws Exception {
    Path sweep = SweepFixtures.write(tmp, SweepFixtures.SWEEP);
    Path plan = tmp.resolve("plan.jsonl");
    SweepPlanner.Summary s = SweepPlanner.plan(sweep, plan, SweepFixtures.TOOL);
    System.out.println(s);
    System.out.println(Files.readAllLines(plan).get(0));
    Path out = tmp.resolve("out");
    SweepRunner.Summary r = SweepRunner.run(plan, out, SweepFixtures.options(2, Shard.WHOLE, new java.io.PrintWriter(System.err, true)));
    System.out.println(r);
    SweepMerger.Summary m = SweepMerger.merge(out, SweepFixtures.TOOL);
    System.out.println(m);
    System.out.println(Files.readString(out.resolve("merged.csv")));
    String json = Files.readString(out.resolve("merged.json"));
    System.out.println(json.substring(0, Math.min(3000, json.length())));
    assertThat(m.complete()).isTrue();
  }
}
