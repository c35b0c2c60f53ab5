package org.hvsched.harness.compare;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import org.hvsched.core.ThreadState;

/**
 * What every thread of the host did during a short window of one run: the data of the report's
 * per-core timeline chart.
 *
 * @param cpus the online CPUs, siblings next to each other (core by core, threads in order)
 * @param coreOf the core index of each entry of {@code cpus}
 * @param fromNs window start (simulated time from 0)
 * @param toNs window end (exclusive)
 * @param segments the thread-state intervals inside the window, by CPU then time
 */
public record Timeline(List<Integer> cpus, List<Integer> coreOf, long fromNs, long toNs,
    List<Segment> segments) {

  public Timeline {
    cpus = List.copyOf(cpus);
    coreOf = List.copyOf(coreOf);
    segments = List.copyOf(segments);
    checkArgument(cpus.size() == coreOf.size(), "one core per CPU");
    checkArgument(fromNs < toNs, "window must not be empty: [%s, %s)", fromNs, toNs);
  }

  /**
   * One interval of one thread's state.
   *
   * @param cpu the CPU
   * @param startNs start, inside the window
   * @param endNs end (exclusive), inside the window
   * @param state the thread state
   * @param trust the trust domain running ({@code GUEST}) or holding the thread
   *     ({@code RESERVED_IDLE}), else null
   */
  public record Segment(int cpu, long startNs, long endNs, ThreadState state, String trust) {
    public Segment {
      requireNonNull(state, "state");
      checkArgument(startNs < endNs, "segment must not be empty: [%s, %s)", startNs, endNs);
    }
  }
}
