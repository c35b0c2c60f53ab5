package org.hvsched.core.trace;

import java.util.List;
import org.hvsched.api.Task;
import org.hvsched.core.ThreadState;
import org.hvsched.topology.Topology;

/**
 * Receives the trace events of a run, in simulated-time order, as they happen (writers stream
 * them to disk: memory stays bounded by the number of entities). Times are ns from 0; the whole
 * run is traced, warm-up included.
 */
public interface TraceSink extends AutoCloseable {

  /** A sink that discards everything. */
  TraceSink NONE = new TraceSink() {
    @Override
    public boolean enabled() {
      return false;
    }
  };

  /** False for {@link #NONE}: the engine skips building trace data. */
  default boolean enabled() {
    return true;
  }

  /** Before the first event: the host and every task. */
  default void begin(Topology topology, List<Task> tasks) {}

  /**
   * A thread changed state; {@code task} is the task in guest state (or the task being switched
   * in during a HOST switch), else null; {@code trust} the trust domain held (reserved idle
   * names its owner), else null.
   */
  default void threadState(long nowNs, int cpu, ThreadState state, Task task, String trust) {}

  /**
   * {@code next} starts running on {@code cpu} (stamped when it starts, so running time in the
   * trace equals {@code cpuNs}); null means the idle task. {@code prevRunnable} tells whether
   * {@code prev} stays runnable (state R) or blocked (S).
   */
  default void sched_switch(long nowNs, int cpu, Task prev, boolean prevRunnable, Task next) {}

  /** {@code task} is being woken, from {@code cpu} (-1: from no CPU, a timer). */
  default void sched_waking(long nowNs, Task task, int cpu) {}

  /** {@code task} is runnable; {@code targetCpu} is where it last ran (or -1). */
  default void sched_wakeup(long nowNs, Task task, int targetCpu) {}

  /** {@code task} moves from {@code origCpu} to {@code destCpu}. */
  default void sched_migrate_task(long nowNs, Task task, int origCpu, int destCpu) {}

  /** A counter sample (forced idle per core, a policy's credit or vruntime). */
  default void counter(long nowNs, String series, long value) {}

  /** An instant event: a policy's reason, a rendezvous. */
  default void note(long nowNs, int cpu, String what) {}

  /** After the last event. */
  default void end(long endNs) {}

  @Override
  default void close() {}
}
