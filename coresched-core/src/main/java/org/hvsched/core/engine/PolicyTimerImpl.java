package org.hvsched.core.engine;

import static com.google.common.base.Preconditions.checkArgument;

import org.hvsched.api.PolicyTimer;

/** A policy timer: re-arming bumps the generation, so stale expiries are dropped lazily. */
final class PolicyTimerImpl implements PolicyTimer {
  private final Engine engine;
  final PoolRt pool;
  private final String label;
  private final int cpu;
  long gen;
  private long expiryNs = -1;

  PolicyTimerImpl(Engine engine, PoolRt pool, String label, int cpu) {
    this.engine = engine;
    this.pool = pool;
    this.label = label;
    this.cpu = cpu;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public int cpu() {
    return cpu;
  }

  @Override
  public void setAt(long atNs) {
    checkArgument(atNs >= engine.nowNs(), "timer %s set in the past: %s < now %s", label, atNs,
        engine.nowNs());
    gen++;
    expiryNs = atNs;
    engine.push(atNs, new Event.PolicyTimerFire(this, gen));
  }

  @Override
  public void cancel() {
    gen++;
    expiryNs = -1;
  }

  @Override
  public boolean armed() {
    return expiryNs >= 0;
  }

  @Override
  public long expiryNs() {
    return expiryNs;
  }

  /** Called by the engine when the expiry of generation {@code g} is reached. */
  boolean fire(long g) {
    if (g != gen || expiryNs < 0) {
      return false;
    }
    expiryNs = -1;
    return true;
  }

  @Override
  public String toString() {
    return label + (cpu >= 0 ? "@cpu" + cpu : "");
  }
}
