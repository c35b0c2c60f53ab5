package org.hvsched.core.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.hvsched.api.Task;
import org.hvsched.core.ThreadState;
import org.hvsched.topology.SyntheticSpec;
import org.hvsched.topology.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ChromeTraceWriter writes valid trace-event JSON with named VM, vCPU, CPU and counter tracks. */
final class ChromeTraceWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void metadata_namesEveryVmTaskAndCpuGroupedByCore() throws IOException {
    JsonNode root = write(dir.resolve("t.json"), true);
    List<JsonNode> events = events(root, e -> e.get("ph").asText().equals("M"));
    assertThat(events).extracting(e -> e.get("name").asText(), e -> e.get("pid").asInt(),
            e -> e.get("tid").asInt(), e -> e.get("args").path("name").asText())
        .contains(tuple("process_name", 2000, 2000, "vm1"),
            tuple("process_name", 3000, 3000, "vm2"),
            tuple("thread_name", 2000, 2001, "vm1/vcpu0"),
            tuple("thread_name", 3000, 3001, "vm2/vcpu0"),
            tuple("process_name", 900000, 900000, "host"),
            tuple("thread_name", 900000, 900001, "core 0 cpu 0"),
            tuple("thread_name", 900000, 900005, "core 0 cpu 4"));
    List<String> cpuOrder = new ArrayList<>();
    events.stream().filter(e -> e.get("name").asText().equals("thread_sort_index")
            && e.get("pid").asInt() == 900000)
        .sorted((a, b) -> a.get("args").get("sort_index").asInt()
            - b.get("args").get("sort_index").asInt())
        .forEach(e -> cpuOrder.add(Integer.toString(e.get("tid").asInt() - 900001)));
    assertThat(cpuOrder).as("siblings adjacent").startsWith("0", "4", "1", "5");
  }

  @Test
  void runSlices_coverEachStintOnACpuWithItsCpuArg() throws IOException {
    JsonNode root = write(dir.resolve("t.json"), true);
    List<JsonNode> runs = events(root, e -> e.path("cat").asText().equals("run"));
    assertThat(runs).extracting(e -> e.get("tid").asInt(), e -> ns(e.get("ts")),
            e -> ns(e.get("dur")), e -> e.get("args").get("cpu").asInt(),
            e -> e.get("name").asText())
        .containsExactlyInAnyOrder(
            tuple(2001, 1_000_000L, 2_000_500L, 0, "cpu 0"),
            tuple(3001, 1_500_250L, 3_500_250L, 4, "cpu 4"),
            tuple(2002, 3_000_500L, 2_000_000L, 0, "cpu 0"));
  }

  @Test
  void hostTracks_showThreadStatesAndForcedIdleCounter() throws IOException {
    JsonNode root = write(dir.resolve("t.json"), true);
    List<JsonNode> states = events(root, e -> e.get("ph").asText().equals("X")
        && e.get("pid").asInt() == 900000 && e.get("tid").asInt() == 900005);
    assertThat(states).extracting(e -> e.get("name").asText(), e -> e.get("cat").asText())
        .containsExactly(tuple("idle", "idle"), tuple("forcedIdle", "forcedIdle"),
            tuple("vm2/vcpu0", "guest"));
    List<JsonNode> forced = events(root, e -> e.get("ph").asText().equals("C")
        && e.get("name").asText().equals("forced idle core 0"));
    assertThat(forced).extracting(e -> ns(e.get("ts")), e -> e.get("args").get("threads").asInt())
        .containsExactly(tuple(0L, 0), tuple(1_000_000L, 1), tuple(1_500_250L, 0));
  }

  @Test
  void policyCountersAndNotes_becomeCounterAndInstantEvents() throws IOException {
    JsonNode root = write(dir.resolve("t.json"), true);
    assertThat(events(root, e -> e.get("ph").asText().equals("C")
            && e.get("name").asText().equals("credit vm1/u0")))
        .extracting(e -> e.get("pid").asInt(), e -> e.get("args").get("value").asLong())
        .containsExactly(tuple(900000 + 1 + 8, 10_500_000L));
    assertThat(events(root, e -> e.get("ph").asText().equals("i")))
        .extracting(e -> e.get("tid").asInt(), e -> e.get("name").asText(), e -> e.get("s").asText())
        .containsExactly(tuple(900001, "tickle cpu 0", "t"));
  }

  @Test
  void document_isTheObjectFormWithEmbeddedFtraceAndNoTimeUnit() throws IOException {
    Path file = dir.resolve("t.json");
    JsonNode root = write(file, true);
    assertThat(root.has("displayTimeUnit")).isFalse();
    String system = root.get("systemTraceEvents").asText();
    assertThat(system).startsWith("# tracer: nop\n").endsWith("\n");
    assertThat(FtraceParser.parse(system).events()).hasSize(3);
    assertThat(Files.readString(file))
        .startsWith("{\"traceEvents\":[\n{\"ph\":\"M\"")
        .contains("\"ts\":1500.250,\"dur\":3500.250,")
        .endsWith("}\n");
    try (var files = Files.list(dir)) {
      assertThat(files).as("spool deleted").containsExactly(file);
    }
  }

  @Test
  void gzName_writesGzipAndNoEmbedLeavesOutFtrace() throws IOException {
    Path file = dir.resolve("t.json.gz");
    feed(file, false);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      JsonNode root = JSON.readTree(in);
      assertThat(root.has("systemTraceEvents")).isFalse();
      assertThat(root.get("traceEvents").size()).isGreaterThan(10);
    }
  }

  @Test
  void closeWithoutEnd_endsSlicesAtTheLastEvent() throws IOException {
    Path file = dir.resolve("noend.json");
    Topology host = SyntheticSpec.parse("1x2x1");
    List<Task> tasks = TraceFixtures.vcpus(host, 1, 1);
    try (ChromeTraceWriter w = ChromeTraceWriter.open(file, false)) {
      w.begin(host, tasks);
      w.sched_switch(1_000, 1, null, true, tasks.get(0));
      w.counter(4_000, "vruntime vm1/vcpu0", 77);
    }
    assertThat(events(JSON.readTree(file.toFile()), e -> e.path("cat").asText().equals("run")))
        .extracting(e -> ns(e.get("ts")), e -> ns(e.get("dur")))
        .containsExactly(tuple(1_000L, 3_000L));
  }

  @Test
  void secondEnd_ignored() throws IOException {
    Path file = dir.resolve("twice.json");
    Topology host = SyntheticSpec.parse("1x2x1");
    List<Task> tasks = TraceFixtures.vcpus(host, 1, 1);
    try (ChromeTraceWriter w = ChromeTraceWriter.open(file, true)) {
      w.begin(host, tasks);
      w.sched_switch(1_000, 0, null, true, tasks.get(0));
      w.end(9_000);
      w.end(9_000);
    }
    assertThat(events(JSON.readTree(file.toFile()), e -> e.path("cat").asText().equals("run")))
        .hasSize(1);
  }

  /** A 1x4x2 host; vm1/vcpu0 then vm1/vcpu1 on CPU 0, vm2/vcpu0 on its sibling CPU 4. */
  private JsonNode write(Path file, boolean embed) throws IOException {
    feed(file, embed);
    return JSON.readTree(file.toFile());
  }

  private static void feed(Path file, boolean embed) {
    Topology host = SyntheticSpec.parse("1x4x2");
    List<Task> tasks = TraceFixtures.vcpus(host, 2, 2);
    Task v10 = tasks.get(0);
    Task v11 = tasks.get(1);
    Task v20 = tasks.get(2);
    try (ChromeTraceWriter w = ChromeTraceWriter.open(file, embed)) {
      w.begin(host, tasks);
      w.threadState(1_000_000, 0, ThreadState.GUEST, v10, "vm1");
      w.threadState(1_000_000, 4, ThreadState.FORCED_IDLE, null, null);
      w.sched_switch(1_000_000, 0, null, true, v10);
      w.note(1_200_000, 0, "tickle cpu 0");
      w.threadState(1_500_250, 4, ThreadState.GUEST, v20, "vm2");
      w.sched_switch(1_500_250, 4, null, true, v20);
      w.counter(2_000_000, "credit vm1/u0", 10_500_000);
      w.threadState(3_000_500, 0, ThreadState.GUEST, v11, "vm1");
      w.sched_switch(3_000_500, 0, v10, true, v11);
      w.end(5_000_500);
    }
  }

  /** A {@code ts} or {@code dur} (microseconds) in ns. */
  private static long ns(JsonNode micros) {
    return micros.decimalValue().movePointRight(3).longValueExact();
  }

  private static List<JsonNode> events(JsonNode root, Predicate<JsonNode> filter) {
    List<JsonNode> out = new ArrayList<>();
    root.get("traceEvents").forEach(e -> {
      if (filter.test(e)) {
        out.add(e);
      }
    });
    return out;
  }
}
