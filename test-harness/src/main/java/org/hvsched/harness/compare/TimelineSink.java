package org.hvsched.harness.compare;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import java.util.ArrayList;
import java.util.List;
import org.hvsched.api.Task;
import org.hvsched.core.ThreadState;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.topology.Core;
import org.hvsched.topology.Topology;

/**
 * A {@link TraceSink} that keeps the thread states of a window {@code [fromNs, toNs)} of a run
 * and drops everything else: memory is bounded by the window's state changes. Every thread is
 * idle at time 0 until the engine reports otherwise.
 */
public final class TimelineSink implements TraceSink {
  private final long fromNs;
  private final long toNs;
  private final List<Integer> cpus = new ArrayList<>();
  private final List<Integer> coreOf = new ArrayList<>();
  private final List<List<Timeline.Segment>> byCpu = new ArrayList<>();
  private int[] slotOfCpu = new int[0];
  private ThreadState[] state = new ThreadState[0];
  private String[] trust = new String[0];
  private long[] sinceNs = new long[0];

  /** Keeps {@code [fromNs, toNs)}. */
  public TimelineSink(long fromNs, long toNs) {
    checkArgument(fromNs >= 0 && fromNs < toNs, "window must be [from, to) with 0 <= from < to:"
        + " [%s, %s)", fromNs, toNs);
    this.fromNs = fromNs;
    this.toNs = toNs;
  }

  @Override
  public void begin(Topology topology, List<Task> tasks) {
    slotOfCpu = new int[topology.maxCpu() + 1];
    java.util.Arrays.fill(slotOfCpu, -1);
    for (int core = 0; core < topology.cores().size(); core++) {
      Core c = topology.cores().get(core);
      for (int cpu : c.threads().intersect(topology.online())) {
        slotOfCpu[cpu] = cpus.size();
        cpus.add(cpu);
        coreOf.add(core);
        byCpu.add(new ArrayList<>());
      }
    }
    int n = cpus.size();
    state = new ThreadState[n];
    java.util.Arrays.fill(state, ThreadState.IDLE);
    trust = new String[n];
    sinceNs = new long[n];
  }

  @Override
  public void threadState(long nowNs, int cpu, ThreadState next, Task task, String trustDomain) {
    int slot = cpu < slotOfCpu.length ? slotOfCpu[cpu] : -1;
    if (slot < 0) {
      return;
    }
    close(slot, nowNs);
    state[slot] = next;
    trust[slot] = trustDomain;
    sinceNs[slot] = nowNs;
  }

  private void close(int slot, long endNs) {
    long start = Math.max(sinceNs[slot], fromNs);
    long end = Math.min(endNs, toNs);
    if (start < end) {
      append(byCpu.get(slot), new Timeline.Segment(cpus.get(slot), start, end, state[slot],
          trust[slot]));
    }
  }

  /** Adds {@code seg}, merged into the previous one when it continues the same state. */
  private static void append(List<Timeline.Segment> segs, Timeline.Segment seg) {
    if (!segs.isEmpty()) {
      Timeline.Segment last = segs.get(segs.size() - 1);
      if (last.endNs() == seg.startNs() && last.state() == seg.state()
          && java.util.Objects.equals(last.trust(), seg.trust())) {
        segs.set(segs.size() - 1, new Timeline.Segment(last.cpu(), last.startNs(), seg.endNs(),
            last.state(), last.trust()));
        return;
      }
    }
    segs.add(seg);
  }

  /**
   * The window as recorded; call after the run (states still open are closed at the window's
   * end, which the caller has clipped to the run's duration).
   */
  public Timeline timeline() {
    checkState(!cpus.isEmpty(), "the run has not begun");
    List<Timeline.Segment> all = new ArrayList<>();
    for (int slot = 0; slot < cpus.size(); slot++) {
      List<Timeline.Segment> segs = new ArrayList<>(byCpu.get(slot));
      long start = Math.max(sinceNs[slot], fromNs);
      if (start < toNs) {
        append(segs, new Timeline.Segment(cpus.get(slot), start, toNs, state[slot], trust[slot]));
      }
      all.addAll(segs);
    }
    return new Timeline(cpus, coreOf, fromNs, toNs, all);
  }
}
