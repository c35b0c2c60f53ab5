package org.hvsched.kvm.cfs.coresched;

import org.hvsched.kvm.cfs.balance.SchedDomain;
import org.hvsched.kvm.cfs.balance.SchedDomains;
import org.hvsched.kvm.cfs.fair.CorePriority;
import org.hvsched.kvm.cfs.fair.Rq;
import org.hvsched.kvm.cfs.fair.Runqueues;
import org.hvsched.kvm.cfs.fair.TaskSched;
import org.hvsched.topology.CpuSet;

/**
 * {@code sched_core_balance} after a CPU went forced idle ({@code queue_core_balance}, 6.1):
 * walk its domains from the smallest; in each, try every other CPU of the span, starting after
 * this one, for a queued task with the core's cookie ({@code try_steal_cookie}) that is neither
 * running there nor disallowed here, was not running with more siblings busy than this CPU's
 * idle task would leave ({@code core_occupation}), and is not throttled; move the first one.
 *
 * <p>Deviation: the walk starts after this CPU as in 6.12 (6.1 starts at it, which it skips
 * anyway). A task whose switch away from its old CPU is still in flight may be moved; the host
 * starts it only once it is off that CPU (upstream's {@code p->on_cpu} wait).
 */
final class CookieSteal {
  private final Runqueues rqs;
  private final SchedDomains domains;

  CookieSteal(Runqueues rqs, SchedDomains domains) {
    this.rqs = rqs;
    this.domains = domains;
  }

  /** Tries to pull a matching task to {@code cpu}; true when one moved. */
  boolean balance(int cpu, long coreCookie) {
    for (SchedDomain sd : domains.of(cpu)) {
      CpuSet span = sd.span();
      int[] order = span.toArray();
      int start = 0;
      while (start < order.length && order[start] <= cpu) {
        start++;
      }
      for (int k = 0; k < order.length; k++) {
        int src = order[(start + k) % order.length];
        if (src != cpu && trySteal(cpu, src, coreCookie)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean trySteal(int dstCpu, int srcCpu, long cookie) {
    Rq dst = rqs.rq(dstCpu);
    Rq src = rqs.rq(srcCpu);
    if (cookie == 0 || dst.curr() != null) {
      return false;
    }
    for (TaskSched p : CorePriority.withCookie(src, cookie)) {
      if (p == src.curr()
          || !p.task().hardAffinity().contains(dstCpu)
          || p.coreOccupation() > dst.idleCoreOccupation()) {
        continue;
      }
      rqs.migrate(p, dstCpu);
      return true;
    }
    return false;
  }
}
