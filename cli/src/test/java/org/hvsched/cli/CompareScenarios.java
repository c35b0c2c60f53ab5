package org.hvsched.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tiny scenarios for the compare tests (reference policies only, a fraction of a second). */
final class CompareScenarios {
  private CompareScenarios() {}

  static final String TINY = String.join("\n",
      "name: tiny",
      "topology: 1x2x2",
      "duration: 120ms",
      "warmup: 20ms",
      "seed: 11",
      "domains:",
      "  - {name: vm1, vcpus: 2, workload: {type: sleep-run, run: exp(300us), sleep: exp(200us)}}",
      "  - {name: vm2, vcpus: 2, workload: {type: request-response, rate: 3000/s,"
          + " service: exp(150us)}}",
      "configs:",
      "  - {name: rr, policy: {id: basic.rr, settings: {sliceUs: 500}}}",
      "  - {name: rr-smt-off, policy: {id: basic.rr}, smt: off, baseline: rr}",
      "  - {name: gang, policy: {id: basic.gang}, baseline: rr}",
      "  - {name: leaky, policy: {id: test.leaky-claim}, baseline: rr}",
      "");

  /** Writes {@code text} to {@code dir/name} and returns its path as a string. */
  static String write(Path dir, String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
