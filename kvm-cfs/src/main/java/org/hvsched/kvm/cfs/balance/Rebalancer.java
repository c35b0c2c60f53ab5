package org.hvsched.kvm.cfs.balance;

import java.util.List;
import org.hvsched.kvm.cfs.balance.LoadBalancer.DomainState;
import org.hvsched.kvm.cfs.balance.LoadBalancer.Idle;
import org.hvsched.kvm.cfs.fair.Rq;
import org.hvsched.kvm.cfs.fair.Runqueues;

/**
 * When balancing runs: {@code rebalance_domains} from a busy CPU's tick (each domain every
 * {@code balance_interval} x {@code busy_factor} 16), NOHZ idle balance on behalf of the idle
 * CPUs (their ticks are stopped), and new-idle balance when a CPU is about to idle.
 *
 * <p>Simplifications: the NOHZ idle balance runs from the kicking CPU's tick at that instant
 * instead of on an idle CPU after an IPI, and is kicked when the kicker has two tasks or its LLC
 * has two busy CPUs; new-idle balance skips only when no CPU of the pool has two tasks
 * ({@code rd->overload}), not by its measured cost ({@code max_newidle_lb_cost}).
 */
public final class Rebalancer {
  private static final int BUSY_FACTOR = 16;
  private final Runqueues rqs;
  private final SchedDomains domains;
  private final LoadBalancer lb;
  private final DomainState[][] state;
  private long nohzNextNs;

  /** Balancing state for every CPU of the pool. */
  public Rebalancer(Runqueues rqs, SchedDomains domains, LoadBalancer lb) {
    this.rqs = rqs;
    this.domains = domains;
    this.lb = lb;
    int n = rqs.cpus().last() + 1;
    this.state = new DomainState[n][];
    for (int cpu : rqs.cpus().toArray()) {
      List<SchedDomain> ds = domains.of(cpu);
      state[cpu] = new DomainState[ds.size()];
      for (int i = 0; i < ds.size(); i++) {
        state[cpu][i] = new DomainState(ds.get(i).minIntervalNs());
      }
    }
  }

  /** {@code trigger_load_balance} from the tick of a busy {@code cpu}. */
  public void tick(int cpu, long nowNs) {
    rebalance(cpu, false, nowNs);
    if (nowNs >= nohzNextNs && kick(cpu)) {
      long next = Long.MAX_VALUE;
      for (int idle : rqs.cpus().toArray()) {
        if (rqs.rq(idle).curr() == null) {
          rebalance(idle, true, nowNs);
          next = Math.min(next, nextDue(idle));
        }
      }
      nohzNextNs = next == Long.MAX_VALUE ? nowNs : next;
    }
  }

  private boolean kick(int cpu) {
    if (rqs.rq(cpu).nrRunning() >= 2) {
      return true;
    }
    int busy = 0;
    for (int c : domains.llcOf(cpu).toArray()) {
      if (rqs.rq(c).curr() != null) {
        busy++;
      }
    }
    return busy > 1;
  }

  private long nextDue(int cpu) {
    long next = Long.MAX_VALUE;
    for (DomainState st : state[cpu]) {
      next = Math.min(next, st.lastBalanceNs + st.intervalNs);
    }
    return next;
  }

  /** {@code rebalance_domains}: every domain of {@code cpu} whose interval elapsed. */
  public void rebalance(int cpu, boolean idle, long nowNs) {
    List<SchedDomain> ds = domains.of(cpu);
    boolean isIdle = idle;
    for (int i = 0; i < ds.size(); i++) {
      DomainState st = state[cpu][i];
      long interval = isIdle ? st.intervalNs : st.intervalNs * BUSY_FACTOR;
      if (nowNs - st.lastBalanceNs < interval) {
        continue;
      }
      if (lb.balance(cpu, ds.get(i), st, isIdle ? Idle.IDLE : Idle.NOT_IDLE) > 0) {
        isIdle = rqs.rq(cpu).idle();
      }
      st.lastBalanceNs = nowNs;
    }
  }

  /** {@code newidle_balance}: pull one task before {@code cpu} idles; true when one came. */
  public boolean newIdle(int cpu, long nowNs) {
    boolean overload = false;
    for (int c : rqs.cpus().toArray()) {
      Rq rq = rqs.rq(c);
      if (rq.nrRunning() > 1) {
        overload = true;
        break;
      }
    }
    if (!overload) {
      return false;
    }
    List<SchedDomain> ds = domains.of(cpu);
    for (int i = 0; i < ds.size(); i++) {
      if (lb.balance(cpu, ds.get(i), state[cpu][i], Idle.NEWLY_IDLE) > 0) {
        return true;
      }
    }
    return false;
  }
}
