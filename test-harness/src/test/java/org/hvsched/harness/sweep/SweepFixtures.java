package org.hvsched.harness.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** Tiny scenarios and sweeps for the sweep tests (a run takes milliseconds). */
final class SweepFixtures {
  private SweepFixtures() {}

  /** This tool's name, as the plan records it. */
  static final String TOOL = "hvsched 0.3.0";

  /** A 1x2x2 host, two small VMs, 20 ms, reference policies only. */
  static final String SCENARIO = String.join("\n",
      "name: tiny",
      "topology: 1x2x2",
      "duration: 20ms",
      "seed: 5",
      "policy: {id: basic.rr, settings: {sliceUs: 1000}}",
      "domains:",
      "  - {name: vm1, vcpus: 2, workload: {type: cpu-bound}}",
      "  - name: vm2",
      "    vcpus: 2",
      "    workload: {type: sleep-run, run: exp(200us), sleep: exp(300us)}",
      "configs:",
      "  - {name: rr, policy: {id: basic.rr}}",
      "  - {name: gang, policy: {id: basic.gang}, baseline: rr}",
      "");

  /** Three VM counts x two interrupt rates, two seeds: 6 points, 24 runs. */
  static final String SWEEP = String.join("\n",
      "scenario: tiny.yaml",
      "seeds: 2",
      "axes:",
      "  vms: [1, 2, 3]",
      "  host.interruptRate: [0/s, 2000/s]",
      "");

  /** Writes {@code tiny.yaml} and {@code sweep.yaml} (with {@code sweep}) into {@code dir}. */
  static Path write(Path dir, String sweep) {
    try {
      Files.writeString(dir.resolve("tiny.yaml"), SCENARIO);
      Path file = dir.resolve("sweep.yaml");
      Files.writeString(file, sweep);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Run options for tests: progress to {@code err}, a fake clock. */
  static SweepRunner.Options options(int jobs, Shard shard, PrintWriter err) {
    AtomicLong clock = new AtomicLong();
    return new SweepRunner.Options(jobs, shard, TOOL, err, () -> clock.addAndGet(1_000_000L), 0);
  }

  /** A stream that drops what it is given. */
  static PrintWriter quiet() {
    return new PrintWriter(java.io.Writer.nullWriter(), true);
  }
}
