package org.hvsched.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.hvsched.harness.bench.EngineBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hvsched bench [--quick]}: engine throughput figures (docs/PERFORMANCE.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
    versionProvider = HvschedCommand.Version.class,
    description = {"Measure the engine: the bare event queue as the ceiling, then events/s and",
        "simulated seconds per wall second with every policy on the small, medium and large",
        "scenarios, as ratios to the queue measured in the same run. Wall-clock figures: they",
        "vary with the machine and its load."})
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--quick", description = "Only the small scenario, every policy (under a minute).")
  boolean quick;

  @Override
  public Integer call() {
    PrintWriter writer = spec.commandLine().getOut();
    OutputStream lines = new OutputStream() {
      private final ByteArrayOutputStream line = new ByteArrayOutputStream();

      @Override
      public void write(int b) {
        line.write(b);
        if (b == '\n') {
          flush();
        }
      }

      @Override
      public void flush() {
        writer.print(line.toString(StandardCharsets.UTF_8));
        writer.flush();
        line.reset();
      }
    };
    PrintStream out = new PrintStream(lines, true, StandardCharsets.UTF_8);
    EngineBench.run(quick, out);
    out.flush();
    return 0;
  }
}
