package org.hvsched.topology;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How fast a thread runs next to busy SMT siblings, relative to running alone on its core.
 *
 * <p>The model is a table of pair speeds {@code f(own, sibling)}: the speed of a thread of class
 * {@code own} while one sibling runs work of class {@code sibling}. With several busy siblings
 * (SMT-4, SMT-8) their pressures add: {@code speed = 1 / (1 + sum_i (1/f(own, s_i) - 1))}, which
 * gives {@code f} for one sibling and falls smoothly as siblings are added. Only siblings in
 * {@code guest} or {@code host} state, or spinning, are passed in (design.md "Hardware").
 *
 * <p>An optional per-socket memory-bandwidth limit, in full-speed memory streams, scales every
 * {@link InterferenceClass#MEMORY} thread of a socket by {@link #memoryScale(int)}.
 *
 * <h2>Default table and its sources</h2>
 *
 * <p>Rows: own class; columns: busy sibling; values: own speed (pair throughput in brackets for
 * the symmetric cells).
 *
 * <pre>
 *            compute  memory  mixed  spin
 * compute     0.60     0.90    0.75   0.95     compute+compute = 1.20x
 * memory      0.90     0.50    0.80   0.95     memory+memory   = 1.00x
 * mixed       0.70     0.85    0.65   0.95     mixed+mixed     = 1.30x
 * spin        0.95     0.95    0.95   0.95
 * </pre>
 *
 * <ul>
 *   <li>mixed+mixed 0.65 each (1.30x): Intel's "performance gains of up to 30% on common server
 *       application benchmarks" for Hyper-Threading (S. D. Casey, "How to Determine the
 *       Effectiveness of Hyper-Threading Technology with an Application", Intel, 2011, citing
 *       Intel Technology Journal 6(1)); design.md's "about 30% for mixed integer work such as
 *       compiles". Also the 0-35% range AnandTech reported for Pentium 4 HT (anandtech.com/show/2658).
 *   <li>compute+compute 0.60 each (1.20x): core-bound threads compete for the same execution
 *       ports, so they gain least among busy pairs; H. Wong measured Dhrystone throughput
 *       <em>falling</em> about 4% with two threads per core on a Core i7-860 ("Linux SMT-Aware
 *       Process Scheduling", blog.stuffedcow.net, 2011), while other integer codes gain; 1.20x is
 *       a middle value between that floor and the 30% figure above (a judgement, not one
 *       measurement).
 *   <li>memory+memory 0.50 each (1.00x): two bandwidth-bound streams on one core share the same
 *       memory path; "almost nothing for memory streaming" (design.md); LWN's core-scheduling
 *       article explains the SMT gain as one thread running while the other waits for memory
 *       (J. Corbet, "Core scheduling lands in 5.14", LWN 861251, 2021), which two streams cannot
 *       exploit once the bandwidth is saturated.
 *   <li>compute+memory 0.90 each (1.80x): threads that stress different resources combine well
 *       and threads competing for one resource combine badly (J. R. Bulpin and I. A. Pratt,
 *       "Hyper-Threading Aware Process Scheduling Heuristics", USENIX ATC 2005); the value is set
 *       to design.md's upper bound of "up to ~80%".
 *   <li>mixed beside compute/memory (0.70-0.85): interpolated between the cells above.
 *   <li>spin column 0.95: a {@code pause}-based spin loop issues few instructions, so it steals
 *       little but is not free (judgement; the {@code pause} instruction exists to yield
 *       resources to the sibling, Intel SDM). Spin row 0.95: a spinner's own progress matters only
 *       for how fast it notices its condition.
 * </ul>
 */
public final class SmtModel {
  private static final int N = InterferenceClass.values().length;
  private static final double[][] DEFAULT_TABLE = {
    // compute, memory, mixed, spin  (sibling)
    {0.60, 0.90, 0.75, 0.95}, // own compute
    {0.90, 0.50, 0.80, 0.95}, // own memory
    {0.70, 0.85, 0.65, 0.95}, // own mixed
    {0.95, 0.95, 0.95, 0.95}, // own spin
  };
  private static final SmtModel DEFAULTS = new SmtModel(DEFAULT_TABLE, OptionalDouble.empty());

  private final double[][] table;
  private final OptionalDouble memoryStreamsPerSocket;

  private SmtModel(double[][] table, OptionalDouble memoryStreamsPerSocket) {
    this.table = new double[N][];
    for (int i = 0; i < N; i++) {
      this.table[i] = table[i].clone();
    }
    this.memoryStreamsPerSocket = memoryStreamsPerSocket;
  }

  /** The default table documented above, with no memory-bandwidth limit. */
  public static SmtModel defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the default table. */
  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  /** A builder starting from this model. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The speed of an {@code own} thread beside one busy {@code sibling}, in (0, 1]. */
  public double pairSpeed(InterferenceClass own, InterferenceClass sibling) {
    return table[own.ordinal()][sibling.ordinal()];
  }

  /**
   * The speed of a thread of class {@code own} relative to running alone, given the classes of its
   * busy siblings (idle siblings are left out): 1.0 with none.
   */
  public double speed(InterferenceClass own, List<InterferenceClass> busySiblings) {
    if (busySiblings.size() == 1) {
      return pairSpeed(own, busySiblings.get(0));
    }
    double pressure = 0;
    for (InterferenceClass s : busySiblings) {
      pressure += 1.0 / pairSpeed(own, s) - 1.0;
    }
    return 1.0 / (1.0 + pressure);
  }

  /**
   * The factor applied to every memory-class thread of a socket running {@code
   * memoryThreadsOnSocket} of them: 1.0 without a limit, else {@code min(1, limit / n)}.
   */
  public double memoryScale(int memoryThreadsOnSocket) {
    if (memoryThreadsOnSocket < 0) {
      throw new IllegalArgumentException("memory thread count must be >= 0: " + memoryThreadsOnSocket);
    }
    if (memoryStreamsPerSocket.isEmpty() || memoryThreadsOnSocket == 0) {
      return 1.0;
    }
    return Math.min(1.0, memoryStreamsPerSocket.getAsDouble() / memoryThreadsOnSocket);
  }

  /** The per-socket memory-bandwidth limit in full-speed memory streams, if any. */
  public OptionalDouble memoryStreamsPerSocket() {
    return memoryStreamsPerSocket;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SmtModel && Arrays.deepEquals(table, ((SmtModel) o).table)
        && memoryStreamsPerSocket.equals(((SmtModel) o).memoryStreamsPerSocket);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(table) * 31 + memoryStreamsPerSocket.hashCode();
  }

  @Override
  public String toString() {
    return "SmtModel" + Arrays.deepToString(table) + " memoryStreamsPerSocket="
        + memoryStreamsPerSocket;
  }

  /** Builds a custom model; every value is checked when set. */
  public static final class Builder {
    private final double[][] table;
    private OptionalDouble memoryStreamsPerSocket;

    private Builder(SmtModel from) {
      table = new double[N][];
      for (int i = 0; i < N; i++) {
        table[i] = from.table[i].clone();
      }
      memoryStreamsPerSocket = from.memoryStreamsPerSocket;
    }

    /** Sets the speed of {@code own} beside one busy {@code sibling}; must be in (0, 1]. */
    public Builder pairSpeed(InterferenceClass own, InterferenceClass sibling, double speed) {
      if (!(speed > 0 && speed <= 1)) {
        throw new IllegalArgumentException("pair speed " + own.id() + "/" + sibling.id()
            + " must be in (0, 1]: " + speed);
      }
      table[own.ordinal()][sibling.ordinal()] = speed;
      return this;
    }

    /** Sets a per-socket limit in full-speed memory streams (> 0). */
    public Builder memoryStreamsPerSocket(double streams) {
      if (!(streams > 0) || Double.isInfinite(streams)) {
        throw new IllegalArgumentException("memory streams per socket must be > 0: " + streams);
      }
      memoryStreamsPerSocket = OptionalDouble.of(streams);
      return this;
    }

    /** Removes the memory-bandwidth limit. */
    public Builder noMemoryLimit() {
      memoryStreamsPerSocket = OptionalDouble.empty();
      return this;
    }

    /** The model. */
    public SmtModel build() {
      return new SmtModel(table, memoryStreamsPerSocket);
    }
  }
}
