package org.hvsched.core.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hvsched.api.Task;
import org.hvsched.topology.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FtraceWriter writes the tracefs layout byte for byte, as formats.md's example shows it. */
final class FtraceWriterTest {
  private static final long S = 1_000_000_000L;

  /** formats.md 3a's example, with prev_state=R where it shows R+ (both are valid there). */
  private static final String EXAMPLE = """
                <idle>-0       (-------) [001] d.h2.   100.000010: sched_waking: comm=vm1/vcpu0 pid=2001 prio=120 target_cpu=001
                <idle>-0       (-------) [001] d.h3.   100.000011: sched_wakeup: comm=vm1/vcpu0 pid=2001 prio=120 target_cpu=001
                <idle>-0       (-------) [001] d..2.   100.000015: sched_switch: prev_comm=swapper/1 prev_pid=0 prev_prio=120 prev_state=R ==> next_comm=vm1/vcpu0 next_pid=2001 next_prio=120
             vm2/vcpu0-3001    (   3000) [009] d..2.   100.000016: sched_switch: prev_comm=vm2/vcpu0 prev_pid=3001 prev_prio=120 prev_state=R ==> next_comm=swapper/9 next_pid=0 next_prio=120
             vm1/vcpu0-2001    (   2000) [001] d..2.   100.004015: sched_switch: prev_comm=vm1/vcpu0 prev_pid=2001 prev_prio=120 prev_state=S ==> next_comm=swapper/1 next_pid=0 next_prio=120
                <idle>-0       (-------) [009] d..2.   100.004020: sched_switch: prev_comm=swapper/9 prev_pid=0 prev_prio=120 prev_state=R ==> next_comm=vm2/vcpu0 next_pid=3001 next_prio=120
                <idle>-0       (-------) [005] d..2.   100.004100: sched_migrate_task: comm=vm1/vcpu1 pid=2002 prio=120 orig_cpu=5 dest_cpu=13
      """;

  @TempDir Path dir;

  @Test
  void formatsExample_replayed_linesAreByteIdentical() throws IOException {
    Path file = dir.resolve("sched.ftrace");
    try (FtraceWriter w = FtraceWriter.open(file)) {
      replayExample(w);
    }
    List<String> lines = Files.readAllLines(file);
    assertThat(String.join("\n", lines.subList(lines.size() - 7, lines.size())) + "\n")
        .isEqualTo(EXAMPLE);
  }

  @Test
  void header_afterClose_hasTheKernelsLinesAndExactCount() throws IOException {
    Path file = dir.resolve("sched.ftrace");
    try (FtraceWriter w = FtraceWriter.open(file)) {
      replayExample(w);
    }
    String text = Files.readString(file);
    assertThat(text).startsWith("# tracer: nop\n#\n"
        + "# entries-in-buffer/entries-written: 12/12   #P:16\n#");
    assertThat(text.substring(0, 128)).contains("# tracer");
    List<String> lines = text.lines().toList();
    assertThat(lines.get(3)).matches("# *");
    assertThat(lines.subList(4, 12)).containsExactly(
        FtraceLines.LEGEND.lines().toArray(String[]::new));
    FtraceParser.Trace trace = FtraceParser.parse(text);
    assertThat(trace.events()).hasSize(12);
  }

  @Test
  void header_manyEvents_countPatchedWithoutMovingTheEvents() throws IOException {
    Path file = dir.resolve("many.ftrace");
    Topology host = TraceFixtures.host16();
    List<Task> tasks = TraceFixtures.vcpus(host, 1, 1);
    try (FtraceWriter w = FtraceWriter.open(file)) {
      w.begin(host, tasks);
      for (int i = 0; i < 12_345; i++) {
        w.sched_waking(i * 1000L, tasks.get(0), 3);
      }
    }
    FtraceParser.Trace trace = FtraceParser.parse(Files.readString(file));
    assertThat(trace.header().get(2))
        .isEqualTo("# entries-in-buffer/entries-written: 12345/12345   #P:16");
    assertThat(trace.events()).hasSize(12_345);
  }

  @Test
  void longTaskName_cutToFifteenBytesAsTheKernelDoes() throws IOException {
    Path file = dir.resolve("comm.ftrace");
    Topology host = TraceFixtures.host16();
    Task t = TraceFixtures.vcpus(host, 1, 1).get(0);
    Task longName = new Task(0, "database-primary/vcpu12", t.domain(), t.kind(), 0, 4242, 4000,
        4000, t.hardAffinity(), t.softAffinity());
    try (FtraceWriter w = FtraceWriter.open(file)) {
      w.begin(host, List.of(longName));
      w.sched_switch(5_000, 2, null, true, longName);
      w.sched_switch(1_002_999, 2, longName, false, null);
    }
    List<FtraceParser.Event> events = FtraceParser.parse(file).events();
    assertThat(events.get(0).args().get("next_comm")).isEqualTo("database-primar");
    assertThat(events.get(1).comm()).isEqualTo("database-primar");
    assertThat(events.get(1).tgid()).isEqualTo(4000);
    assertThat(events.get(1).tsNs()).as("truncated to the microsecond").isEqualTo(1_002_000);
  }

  @Test
  void eventOutOfTimeOrder_rejected() {
    Topology host = TraceFixtures.host16();
    List<Task> tasks = TraceFixtures.vcpus(host, 1, 1);
    try (FtraceWriter w = FtraceWriter.open(dir.resolve("order.ftrace"))) {
      w.begin(host, tasks);
      w.sched_waking(2_000, tasks.get(0), 1);
      assertThatThrownBy(() -> w.sched_waking(1_000, tasks.get(0), 1))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000 ns after 2000");
    }
  }

  @Test
  void eventBeforeBegin_rejected() {
    try (FtraceWriter w = FtraceWriter.open(dir.resolve("early.ftrace"))) {
      assertThatThrownBy(() -> w.end(0)).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void unwritablePath_failsNamingTheFile() {
    Path file = dir.resolve("missing-dir").resolve("t.ftrace");
    assertThatThrownBy(() -> FtraceWriter.open(file))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining(file.toString());
  }

  /** The scenario of formats.md 3a, with the switches that put the CPUs in its starting state. */
  static void replayExample(TraceSink w) {
    Topology host = TraceFixtures.host16();
    List<Task> tasks = TraceFixtures.vcpus(host, 2, 2);
    Task v10 = tasks.get(0);
    Task v11 = tasks.get(1);
    Task v20 = tasks.get(2);
    w.begin(host, tasks);
    w.sched_switch(99 * S, 9, null, true, v20);
    w.sched_switch(99 * S + 100_000, 1, null, true, v10);
    w.sched_switch(99 * S + 200_000, 1, v10, false, null);
    w.sched_switch(99 * S + 300_000, 5, null, true, v11);
    w.sched_switch(99 * S + 400_000, 5, v11, false, null);
    w.sched_waking(100 * S + 10_000, v10, -1);
    w.sched_wakeup(100 * S + 11_000, v10, 1);
    w.sched_switch(100 * S + 15_000, 1, null, true, v10);
    w.sched_switch(100 * S + 16_000, 9, v20, true, null);
    w.sched_switch(100 * S + 4_015_000, 1, v10, false, null);
    w.sched_switch(100 * S + 4_020_000, 9, null, true, v20);
    w.sched_migrate_task(100 * S + 4_100_000, v11, 5, 13);
    w.end(101 * S);
  }
}
