package org.hvsched.kvm.cfs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hvsched.api.PolicyContext;
import org.hvsched.api.PolicyTimer;
import org.hvsched.kvm.cfs.fair.TaskGroup;
import org.hvsched.topology.CpuSet;

/**
 * The policy's timers: one periodic tick per CPU, armed while the CPU runs a task and stopped
 * while it idles (NOHZ idle; ticks fall on multiples of {@code TICK_NSEC} as jiffies do), and one
 * cpu.max period timer per capped group (period boundaries are multiples of the period).
 */
final class Timers {
  private final PolicyTimer[] ticks;
  private final long tickNs;
  private final Map<TaskGroup, PolicyTimer> periods = new LinkedHashMap<>();
  private final PolicyContext ctx;

  Timers(PolicyContext ctx, CpuSet cpus, long tickNs) {
    this.ctx = ctx;
    this.tickNs = tickNs;
    this.ticks = new PolicyTimer[cpus.last() + 1];
    for (int cpu : cpus.toArray()) {
      ticks[cpu] = ctx.newTimer("tick", cpu);
    }
  }

  /** Starts the tick of a CPU that begins running a task (next jiffy boundary). */
  void startTick(int cpu, long nowNs) {
    if (!ticks[cpu].armed()) {
      ticks[cpu].setAt((nowNs / tickNs + 1) * tickNs);
    }
  }

  /** The next tick, one period after this one. */
  void nextTick(int cpu, long nowNs) {
    ticks[cpu].setAt(nowNs + tickNs);
  }

  /** Stops the tick of a CPU that goes idle. */
  void stopTick(int cpu) {
    ticks[cpu].cancel();
  }

  /** True while the CPU's tick is armed. */
  boolean tickArmed(int cpu) {
    return ticks[cpu].armed();
  }

  /** The CPU whose tick {@code t} is, or -1. */
  int tickCpu(PolicyTimer t) {
    int cpu = t.cpu();
    return cpu >= 0 && cpu < ticks.length && ticks[cpu] == t ? cpu : -1;
  }

  /** Creates the period timer of a capped group. */
  void addPeriod(TaskGroup tg) {
    periods.put(tg, ctx.newTimer("cpu.max " + tg.name(), -1));
  }

  /** The group whose period timer {@code t} is, or null. */
  TaskGroup periodGroup(PolicyTimer t) {
    for (Map.Entry<TaskGroup, PolicyTimer> e : periods.entrySet()) {
      if (e.getValue() == t) {
        return e.getKey();
      }
    }
    return null;
  }

  /** Arms a group's period timer at the next period boundary unless it is armed. */
  void startPeriod(TaskGroup tg, long nowNs) {
    PolicyTimer t = periods.get(tg);
    if (!t.armed()) {
      long period = tg.bandwidth().periodNs();
      t.setAt((nowNs / period + 1) * period);
    }
  }
}
