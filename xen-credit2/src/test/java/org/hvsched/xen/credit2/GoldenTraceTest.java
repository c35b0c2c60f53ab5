package org.hvsched.xen.credit2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hvsched.api.Task;
import org.hvsched.core.ThreadState;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.harness.run.RunOverrides;
import org.hvsched.harness.run.ScenarioRunner;
import org.hvsched.harness.scenario.ScenarioParser;
import org.junit.jupiter.api.Test;

/**
 * Golden traces of small credit2 runs (gran cpu and core): switches, credit counters and the
 * rules that decided, one line each, compared with {@code src/test/resources/golden}. Run with
 * {@code -Dhvsched.golden.update=true} to rewrite them (the run then fails, so a rewrite is
 * always looked at).
 */
final class GoldenTraceTest {
  private static final Path DIR = Path.of("src/test/resources/golden");

  @Test
  void granCpu_twoWeightsAndASleeper() throws IOException {
    check("credit2-gran-cpu.txt", """
        name: golden-cpu
        topology: 1x2x1
        duration: 25ms
        policy: xen.credit2
        domains:
          - {name: hog, vcpus: 2, weight: 512, workload: {type: cpu-bound}}
          - {name: io, vcpus: 1, workload: {type: sleep-run, run: 2ms, sleep: 3ms}}
          - {name: capped, vcpus: 1, cap: 30, workload: {type: cpu-bound}}
        """);
  }

  @Test
  void granCore_unitsAndReservedIdle() throws IOException {
    check("credit2-gran-core.txt", """
        name: golden-core
        topology: 1x2x2
        duration: 25ms
        policy: {id: xen.credit2, settings: {schedGran: core}}
        domains:
          - {name: vm1, vcpus: 2, workload: {type: cpu-bound}}
          - {name: vm2, vcpus: 3, workload: {type: sleep-run, run: 1ms, sleep: 2ms}}
          - {name: vm3, vcpus: 1, workload: {type: cpu-bound}}
        """);
  }

  private static void check(String file, String yaml) throws IOException {
    Recorder rec = new Recorder();
    ScenarioRunner.run(ScenarioParser.parse(yaml, file, Path.of(".")),
        RunOverrides.none().withValidate(true).withTrace(rec));
    String actual = String.join("\n", rec.lines) + "\n";
    Path golden = DIR.resolve(file);
    if (Boolean.getBoolean("hvsched.golden.update")) {
      Files.createDirectories(DIR);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      throw new AssertionError("rewrote " + golden + "; review the diff and rerun without"
          + " -Dhvsched.golden.update");
    }
    assertThat(golden).as("golden file (create it with -Dhvsched.golden.update=true)").exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** One line per switch, reserved-idle change, credit sample and policy note. */
  private static final class Recorder implements TraceSink {
    final List<String> lines = new ArrayList<>();

    @Override
    public void sched_switch(long nowNs, int cpu, Task prev, boolean prevRunnable, Task next) {
      lines.add(String.format("%9d cpu%d switch %s%s -> %s", nowNs, cpu, name(prev),
          prev == null ? "" : prevRunnable ? " (R)" : " (S)", name(next)));
    }

    @Override
    public void threadState(long nowNs, int cpu, ThreadState state, Task task, String trust) {
      if (state == ThreadState.RESERVED_IDLE) {
        lines.add(String.format("%9d cpu%d reserved-idle for %s", nowNs, cpu, trust));
      }
    }

    @Override
    public void counter(long nowNs, String series, long value) {
      if (series.startsWith("credit ")) {
        lines.add(String.format("%9d %s = %d", nowNs, series, value));
      }
    }

    @Override
    public void note(long nowNs, int cpu, String what) {
      lines.add(String.format("%9d cpu%d %s", nowNs, cpu, what));
    }

    private static String name(Task t) {
      return t == null ? "idle" : t.name();
    }
  }
}
