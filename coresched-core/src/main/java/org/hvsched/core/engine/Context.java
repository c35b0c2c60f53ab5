package org.hvsched.core.engine;

import static com.google.common.base.Preconditions.checkArgument;

import org.hvsched.api.Occupant;
import org.hvsched.api.PolicyContext;
import org.hvsched.api.PolicyTimer;
import org.hvsched.api.Task;

/** What one pool's policy may ask of the engine. */
final class Context implements PolicyContext {
  private final Engine engine;
  private final PoolRt pool;

  Context(Engine engine, PoolRt pool) {
    this.engine = engine;
    this.pool = pool;
  }

  private CpuRt cpu(int cpu) {
    checkArgument(cpu >= 0 && cpu < engine.cpus.length && engine.cpus[cpu] != null
        && engine.cpus[cpu].pool == pool, "CPU %s is not in pool %s", cpu, pool.name());
    return engine.cpus[cpu];
  }

  @Override
  public void resched(int cpu) {
    engine.dispatcher.resched(cpu(cpu));
  }

  @Override
  public void assign(int cpu, Occupant next) {
    engine.dispatcher.assign(pool, cpu(cpu), next);
  }

  @Override
  public void setParked(Task task, boolean parked) {
    TaskRt t = engine.rt(task);
    if (t.parked != parked) {
      t.parked = parked;
      engine.accounting.taskChanged(t);
    }
  }

  @Override
  public PolicyTimer newTimer(String label, int cpu) {
    if (cpu >= 0) {
      cpu(cpu);
    }
    return new PolicyTimerImpl(engine, pool, label, cpu);
  }

  @Override
  public long hostTimeNs(int cpu) {
    return engine.accounting.hostTimeNs(cpu(cpu));
  }

  @Override
  public boolean tracing() {
    return engine.trace.enabled();
  }

  @Override
  public void counter(String series, long value) {
    if (engine.trace.enabled()) {
      engine.trace.counter(engine.nowNs(), series, value);
    }
  }

  @Override
  public void note(int cpu, String what) {
    if (engine.trace.enabled()) {
      engine.trace.note(engine.nowNs(), cpu, what);
    }
  }
}
