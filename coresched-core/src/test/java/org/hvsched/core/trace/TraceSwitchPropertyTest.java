package org.hvsched.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.hvsched.api.Task;
import org.hvsched.topology.SyntheticSpec;
import org.hvsched.topology.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For random sequences of switches, wakeups and migrations, both writers agree with what was
 * fed: every switch's prev is what its CPU last switched to, per-task running time matches (exact
 * in JSON, to the truncated microsecond in ftrace), and the JSON embeds the ftrace text verbatim.
 */
final class TraceSwitchPropertyTest {
  private static final String[] HOSTS = {"1x2x2", "1x4x2", "2x2x2", "1x3x1", "1x2x2,numbering=xen"};

  @TempDir Path dir;

  @Test
  void randomEvents_parsedBack_agreeWithWhatWasFed() throws IOException {
    long seed = Long.getLong("hvsched.seed", new Random().nextLong());
    int iterations = Integer.getInteger("hvsched.fuzz.iterations", 40);
    System.out.println("TraceSwitchPropertyTest seed " + seed + " (-Dhvsched.seed=" + seed
        + " replays)");
    Random random = new Random(seed);
    for (int i = 0; i < iterations; i++) {
      checkOne(random, i);
    }
  }

  private void checkOne(Random random, int iteration) throws IOException {
    Topology host = SyntheticSpec.parse(HOSTS[random.nextInt(HOSTS.length)]);
    List<Task> tasks = TraceFixtures.vcpus(host, 1 + random.nextInt(3), 1 + random.nextInt(4));
    Path ftrace = dir.resolve("t" + iteration + ".ftrace");
    Path json = dir.resolve("t" + iteration + ".json");
    RandomRun run = new RandomRun(random, host, tasks);
    try (TraceSink sink = Traces.open(ftrace, json)) {
      run.feed(sink, 200 + random.nextInt(400));
    }
    String text = Files.readString(ftrace);
    FtraceParser.Trace trace = FtraceParser.parse(text);
    assertThat(trace.header().get(2)).isEqualTo("# entries-in-buffer/entries-written: "
        + trace.events().size() + "/" + trace.events().size() + "   #P:" + host.cpuCount());
    Map<Integer, SwitchAudit.Usage> fromFtrace = SwitchAudit.audit(trace.events(), run.endNs());
    Map<Integer, Long> fromJson = runningTimeFromJson(json, text);
    for (Task t : tasks) {
      long exact = run.runNs(t);
      SwitchAudit.Usage u = fromFtrace.getOrDefault(t.pid(), new SwitchAudit.Usage(0, 0));
      assertThat(Math.abs(u.runNs() - exact)).as("ftrace run time of %s", t)
          .isLessThanOrEqualTo(1000L * u.intervals());
      assertThat(fromJson.getOrDefault(t.pid(), 0L)).as("JSON run time of %s", t)
          .isEqualTo(exact);
    }
  }

  /** Sums the run slices per tid, checking they never overlap on one tid. */
  private static Map<Integer, Long> runningTimeFromJson(Path json, String ftraceText)
      throws IOException {
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.get("systemTraceEvents").asText()).isEqualTo(ftraceText);
    Map<Integer, Long> total = new TreeMap<>();
    Map<Integer, TreeMap<Long, Long>> slices = new TreeMap<>();
    for (JsonNode e : root.get("traceEvents")) {
      if (e.get("ph").asText().equals("X") && e.get("cat").asText().equals("run")) {
        long ts = Math.round(e.get("ts").asDouble() * 1000);
        long dur = Math.round(e.get("dur").asDouble() * 1000);
        int tid = e.get("tid").asInt();
        total.merge(tid, dur, Long::sum);
        slices.computeIfAbsent(tid, k -> new TreeMap<>()).put(ts, ts + dur);
      }
    }
    for (TreeMap<Long, Long> perTid : slices.values()) {
      long lastEnd = Long.MIN_VALUE;
      for (Map.Entry<Long, Long> s : perTid.entrySet()) {
        assertThat(s.getKey()).as("slices of one task never overlap").isGreaterThanOrEqualTo(lastEnd);
        lastEnd = s.getValue();
      }
    }
    return total;
  }
}
