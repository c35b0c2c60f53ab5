package org.hvsched.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One in-process run of {@code hvsched}: exit status and both streams. */
record CliRun(int status, String out, String err) {

  static CliRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A topology fixture of the topology module (tests run in the cli module directory). */
  static String fixture(String relative) {
    return Path.of("").toAbsolutePath().resolveSibling("topology")
        .resolve("src/test/resources/fixtures").resolve(relative).toString();
  }
}
