package org.hvsched.harness.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hvsched.api.PolicyProvider;
import org.hvsched.api.Task;
import org.hvsched.core.Simulation;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.harness.bench.BenchScenarios.Size;

/**
 * Samples the used heap (after a full GC) at fixed fractions of a run's simulated time, through
 * a trace sink that notices when simulated time crosses each mark: a flat series shows the
 * engine's memory does not grow with simulated time.
 */
final class HeapProbe implements TraceSink {
  /** Used heap at a point of simulated time. */
  record Sample(long simulatedNs, long usedBytes) {}

  private static final double[] MARKS = {0.1, 0.25, 0.5, 0.75, 0.95};
  private final long durationNs;
  private final List<Sample> samples = new ArrayList<>();
  private int next;

  private HeapProbe(long durationNs) {
    this.durationNs = durationNs;
  }

  /** Runs {@code size} for {@code durationNs} with {@code provider}, sampling the heap. */
  static List<Sample> sample(PolicyProvider provider, Size size, long durationNs) {
    HeapProbe probe = new HeapProbe(durationNs);
    Simulation.run(BenchScenarios.spec(size, provider, provider.resolve(Map.of()), durationNs,
        1, probe));
    return List.copyOf(probe.samples);
  }

  @Override
  public void sched_switch(long nowNs, int cpu, Task prev, boolean prevRunnable, Task next) {
    if (this.next < MARKS.length && nowNs >= MARKS[this.next] * durationNs) {
      this.next++;
      samples.add(new Sample(nowNs, usedAfterGc()));
    }
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
