package org.hvsched.core.trace;

import java.util.List;
import org.hvsched.api.Task;
import org.hvsched.core.ThreadState;
import org.hvsched.topology.Topology;

/**
 * Hands every event to several sinks, in the order given. Closing closes every sink even when
 * one fails; the first failure is thrown with the others attached as suppressed exceptions.
 */
public final class CompositeTraceSink implements TraceSink {
  private final List<TraceSink> sinks;

  /** Combines {@code sinks}, leaving out disabled ones such as {@link TraceSink#NONE}. */
  public CompositeTraceSink(List<? extends TraceSink> sinks) {
    this.sinks = sinks.stream().filter(TraceSink::enabled).map(s -> (TraceSink) s).toList();
  }

  /** The enabled sinks combined. */
  public List<TraceSink> sinks() {
    return sinks;
  }

  @Override
  public boolean enabled() {
    return !sinks.isEmpty();
  }

  @Override
  public void begin(Topology topology, List<Task> tasks) {
    for (TraceSink s : sinks) {
      s.begin(topology, tasks);
    }
  }

  @Override
  public void threadState(long nowNs, int cpu, ThreadState state, Task task, String trust) {
    for (TraceSink s : sinks) {
      s.threadState(nowNs, cpu, state, task, trust);
    }
  }

  @Override
  public void sched_switch(long nowNs, int cpu, Task prev, boolean prevRunnable, Task next) {
    for (TraceSink s : sinks) {
      s.sched_switch(nowNs, cpu, prev, prevRunnable, next);
    }
  }

  @Override
  public void sched_waking(long nowNs, Task task, int cpu) {
    for (TraceSink s : sinks) {
      s.sched_waking(nowNs, task, cpu);
    }
  }

  @Override
  public void sched_wakeup(long nowNs, Task task, int targetCpu) {
    for (TraceSink s : sinks) {
      s.sched_wakeup(nowNs, task, targetCpu);
    }
  }

  @Override
  public void sched_migrate_task(long nowNs, Task task, int origCpu, int destCpu) {
    for (TraceSink s : sinks) {
      s.sched_migrate_task(nowNs, task, origCpu, destCpu);
    }
  }

  @Override
  public void counter(long nowNs, String series, long value) {
    for (TraceSink s : sinks) {
      s.counter(nowNs, series, value);
    }
  }

  @Override
  public void note(long nowNs, int cpu, String what) {
    for (TraceSink s : sinks) {
      s.note(nowNs, cpu, what);
    }
  }

  @Override
  public void end(long endNs) {
    for (TraceSink s : sinks) {
      s.end(endNs);
    }
  }

  @Override
  public void close() {
    Traces.closeAll(sinks);
  }
}
