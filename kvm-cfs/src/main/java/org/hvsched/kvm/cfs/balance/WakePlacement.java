package org.hvsched.kvm.cfs.balance;

import org.hvsched.kvm.cfs.fair.Rq;
import org.hvsched.kvm.cfs.fair.Runqueues;
import org.hvsched.kvm.cfs.fair.TaskSched;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.Topology;

/**
 * {@code select_task_rq_fair} for a wake-up (6.1 fast path): target = the task's previous CPU,
 * then {@code select_idle_sibling}: the target if idle; an idle SMT sibling of it when no idle
 * core is known ({@code select_idle_smt}); a scan of the last-level cache from target + 1 for
 * a fully idle core ({@code select_idle_core}) when one exists, else for an idle CPU whose core
 * runs the task's cookie ({@code __select_idle_cpu}); else the target.
 *
 * <p>Simplifications: no {@code wake_affine} (the SPI does not say which CPU woke the task, so
 * the waker's CPU is never the target), no {@code recent_used_cpu}, no {@code SIS_UTIL} scan
 * budget (the whole LLC is scanned), {@code has_idle_cores} computed exactly instead of the
 * cached hint. A task's first wake-up takes the idlest allowed CPU: one of an idle core, else an
 * idle CPU, else the least loaded ({@code find_idlest_cpu} reduced to these three rules).
 */
public final class WakePlacement {
  private final Runqueues rqs;
  private final SchedDomains domains;
  private final Topology topology;
  private final CookieMatch cookies;

  /** Placement over the pool's run queues. */
  public WakePlacement(Runqueues rqs, SchedDomains domains, Topology topology,
      CookieMatch cookies) {
    this.rqs = rqs;
    this.domains = domains;
    this.topology = topology;
    this.cookies = cookies;
  }

  /** The CPU a waking task is queued on. */
  public int select(TaskSched p) {
    CpuSet allowed = p.task().hardAffinity().intersect(rqs.cpus());
    int prev = p.cpu();
    if (prev < 0 || !allowed.contains(prev)) {
      return idlest(allowed);
    }
    return selectIdleSibling(p, allowed, prev);
  }

  private boolean idle(int cpu) {
    return rqs.rq(cpu).idle();
  }

  private boolean coreIdle(int cpu) {
    for (int s : topology.siblingsOf(cpu).toArray()) {
      if (!idle(s)) {
        return false;
      }
    }
    return true;
  }

  private int selectIdleSibling(TaskSched p, CpuSet allowed, int target) {
    if (idle(target)) {
      return target;
    }
    CpuSet llc = domains.llcOf(target);
    boolean hasIdleCore = false;
    for (int c : llc.toArray()) {
      if (coreIdle(c)) {
        hasIdleCore = true;
        break;
      }
    }
    if (!hasIdleCore) {
      for (int s : topology.siblingsOf(target).toArray()) {
        if (allowed.contains(s) && llc.contains(s) && idle(s)) {
          return s;
        }
      }
    }
    int i = selectIdleCpu(p, allowed.intersect(llc), hasIdleCore, target);
    return i >= 0 ? i : target;
  }

  private int selectIdleCpu(TaskSched p, CpuSet cpus, boolean hasIdleCore, int target) {
    int[] order = wrapAfter(cpus, target);
    int idleCpu = -1;
    CpuSet skip = CpuSet.empty();
    for (int cpu : order) {
      if (skip.contains(cpu)) {
        continue;
      }
      if (hasIdleCore) {
        boolean allIdle = true;
        for (int s : topology.siblingsOf(cpu).toArray()) {
          if (!idle(s)) {
            allIdle = false;
          } else if (idleCpu < 0 && cpus.contains(s)) {
            idleCpu = s;
          }
        }
        if (allIdle) {
          return cpu;
        }
        skip = skip.union(topology.siblingsOf(cpu));
      } else if (idle(cpu) && cookies.cpuCookieMatch(cpu, p.cookie())) {
        return cpu;
      }
    }
    return idleCpu;
  }

  private int idlest(CpuSet allowed) {
    int best = -1;
    int bestRank = Integer.MAX_VALUE;
    for (int cpu : allowed.toArray()) {
      Rq rq = rqs.rq(cpu);
      int rank = coreIdle(cpu) ? 0 : idle(cpu) ? 1 : 2 + rq.nrRunning();
      if (rank < bestRank) {
        best = cpu;
        bestRank = rank;
      }
    }
    return best;
  }

  private static int[] wrapAfter(CpuSet cpus, int target) {
    int[] all = cpus.toArray();
    int start = 0;
    while (start < all.length && all[start] <= target) {
      start++;
    }
    int[] out = new int[all.length];
    for (int k = 0; k < all.length; k++) {
      out[k] = all[(start + k) % all.length];
    }
    return out;
  }
}
