package org.hvsched.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.hvsched.core.HostCosts;
import org.hvsched.core.Simulation;
import org.hvsched.core.SimulationSpec;
import org.hvsched.core.random.Distribution;
import org.hvsched.core.stats.HostStats;
import org.hvsched.core.stats.RunOutcome;
import org.hvsched.core.stats.TaskStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A traced run's ftrace and JSON agree with its results (issue 10): every switch's prev is what
 * the CPU last switched to, per-task running time in the trace equals {@code cpuNs}, and the
 * host's state slices add up to the host's busy, idle, forced-idle and reserved-idle time.
 */
final class TracedSimulationTest {
  private static final long MS = 1_000_000L;

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} on {1}, interrupts {2}/s")
  @CsvSource({"basic.rr, 1x2x2, 0", "basic.rr, 1x2x2, 2000", "basic.gang, 1x2x2, 0",
      "basic.gang, 1x3x2, 2000"})
  void tracedRun_traceAgreesWithResults(String policy, String topo, double irqPerSec)
      throws IOException {
    Path ftrace = dir.resolve("run.ftrace");
    Path json = dir.resolve("run.json");
    HostCosts costs = new HostCosts(2_000, 1_000, 1_000, irqPerSec, new Distribution.Exp(5_000));
    long durationNs = 200 * MS;
    RunOutcome out;
    try (TraceSink sink = Traces.open(ftrace, json)) {
      SimulationSpec spec = TracedRuns.spec(topo, policy, 2, 3, durationNs, 2 * MS, 300_000,
          costs, sink);
      out = Simulation.run(spec);
      sink.end(durationNs);
    }
    FtraceParser.Trace trace = FtraceParser.parse(ftrace);
    Map<Integer, SwitchAudit.Usage> fromFtrace = SwitchAudit.audit(trace.events(), durationNs);
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.get("systemTraceEvents").asText()).isEqualTo(Files.readString(ftrace));
    Map<Integer, Long> runByTid = new TreeMap<>();
    Map<String, Long> hostByState = new TreeMap<>();
    for (JsonNode e : root.get("traceEvents")) {
      if (e.get("ph").asText().equals("X")) {
        long dur = e.get("dur").decimalValue().movePointRight(3).longValueExact();
        if (e.get("cat").asText().equals("run")) {
          runByTid.merge(e.get("tid").asInt(), dur, Long::sum);
        } else {
          hostByState.merge(e.get("cat").asText(), dur, Long::sum);
        }
      }
    }
    for (TaskStats t : out.tasks()) {
      assertThat(t.cpuNs()).as("%s ran", t.task()).isPositive();
      SwitchAudit.Usage u = fromFtrace.get(t.task().pid());
      assertThat(Math.abs(u.runNs() - t.cpuNs())).as("ftrace running time of %s", t.task())
          .isLessThanOrEqualTo(1000L * u.intervals());
      assertThat(runByTid.get(t.task().pid())).as("JSON running time of %s", t.task())
          .isEqualTo(t.cpuNs());
    }
    HostStats host = out.host();
    assertThat(hostByState.getOrDefault("guest", 0L) + hostByState.getOrDefault("host", 0L))
        .isEqualTo(host.busyNs());
    assertThat(hostByState.getOrDefault("idle", 0L)).isEqualTo(host.idleNs());
    assertThat(hostByState.getOrDefault("forcedIdle", 0L)).isEqualTo(host.forcedIdleNs());
    assertThat(hostByState.getOrDefault("reservedIdle", 0L)).isEqualTo(host.reservedIdleNs());
  }

  @Test
  void sameRunTwice_byteIdenticalTraces() throws IOException {
    byte[][] first = tracedBytes("a");
    byte[][] second = tracedBytes("b");
    assertThat(second[0]).isEqualTo(first[0]);
    assertThat(second[1]).isEqualTo(first[1]);
  }

  private byte[][] tracedBytes(String name) throws IOException {
    Path ftrace = dir.resolve(name + ".ftrace");
    Path json = dir.resolve(name + ".json");
    HostCosts costs = new HostCosts(2_000, 1_000, 1_000, 1000, new Distribution.Exp(5_000));
    try (TraceSink sink = Traces.open(ftrace, json)) {
      Simulation.run(TracedRuns.spec("1x2x2", "basic.gang", 2, 3, 50 * MS, 2 * MS, 300_000,
          costs, sink));
      sink.end(50 * MS);
    }
    return new byte[][] {Files.readAllBytes(ftrace), Files.readAllBytes(json)};
  }
}
