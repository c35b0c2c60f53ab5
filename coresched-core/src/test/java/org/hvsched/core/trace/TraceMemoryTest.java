package org.hvsched.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hvsched.api.Task;
import org.hvsched.core.HostCosts;
import org.hvsched.core.Simulation;
import org.hvsched.core.ThreadState;
import org.hvsched.topology.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory of a traced run is bounded by entities, not events: the heap retained late in a 60 s
 * run, with both writers streaming, is no larger than late in a 10 s run of the same host.
 */
final class TraceMemoryTest {
  private static final long S = 1_000_000_000L;
  private static final long MS = 1_000_000L;
  /** Slack for GC noise; the 60 s run writes about 6x the events of the 10 s run. */
  private static final long SLACK_BYTES = 4L << 20;

  @TempDir Path dir;

  @Test
  void sixtySecondRun_retainsNoMoreHeapThanTenSecondRun() throws IOException {
    Measured ten = tracedRun(10 * S);
    Measured sixty = tracedRun(60 * S);
    System.out.printf("TraceMemoryTest: retained %d KiB at 10 s (%d events written), "
        + "%d KiB at 60 s (%d events written)%n", ten.retainedBytes() >> 10, ten.lines(),
        sixty.retainedBytes() >> 10, sixty.lines());
    assertThat(sixty.lines()).as("the long run writes far more events")
        .isGreaterThan(5 * ten.lines());
    assertThat(sixty.retainedBytes()).isLessThanOrEqualTo(ten.retainedBytes() + SLACK_BYTES);
  }

  private record Measured(long retainedBytes, long lines) {}

  private Measured tracedRun(long durationNs) throws IOException {
    Path ftrace = dir.resolve("m.ftrace");
    Path json = dir.resolve("m.json");
    HeapProbe probe = new HeapProbe(durationNs - S);
    try (TraceSink sink = Traces.combine(List.of(Traces.open(ftrace, json), probe))) {
      Simulation.run(TracedRuns.spec("1x2x2", "basic.rr", 2, 3, durationNs, 4 * MS, 2 * MS,
          HostCosts.defaults(), sink));
      sink.end(durationNs);
    }
    long lines;
    try (var stream = Files.lines(ftrace)) {
      lines = stream.filter(l -> !l.startsWith("#")).count();
    }
    Files.delete(ftrace);
    Files.delete(json);
    assertThat(probe.retainedBytes).as("probe measured").isPositive();
    return new Measured(probe.retainedBytes, lines);
  }

  /** Measures the heap in use after full GCs, once, at the first event after {@code atNs}. */
  private static final class HeapProbe implements TraceSink {
    private final long atNs;
    private long retainedBytes;

    HeapProbe(long atNs) {
      this.atNs = atNs;
    }

    @Override
    public void begin(Topology topology, List<Task> tasks) {}

    @Override
    public void threadState(long nowNs, int cpu, ThreadState state, Task task, String trust) {
      if (nowNs >= atNs && retainedBytes == 0) {
        retainedBytes = usedAfterGc();
      }
    }

    private static long usedAfterGc() {
      Runtime rt = Runtime.getRuntime();
      long used = Long.MAX_VALUE;
      for (int i = 0; i < 6; i++) {
        System.gc();
        long now = rt.totalMemory() - rt.freeMemory();
        if (Math.abs(used - now) < (64 << 10)) {
          return now;
        }
        used = now;
      }
      return used;
    }
  }
}
