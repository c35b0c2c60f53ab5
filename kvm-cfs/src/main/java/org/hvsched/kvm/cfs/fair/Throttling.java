package org.hvsched.kvm.cfs.fair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hvsched.kvm.cfs.group.CfsBandwidth;

/**
 * cpu.max enforcement on the queues of capped groups ({@code kernel/sched/fair.c}, 6.1):
 * runtime accounting in {@code update_curr}, {@code throttle_cfs_rq} (the group entity and its
 * ancestors leave their queues, their tasks stop counting), {@code unthrottle_cfs_rq}, and
 * the period timer's distribution. The numbers live in {@link CfsBandwidth}.
 */
final class Throttling {
  private final FairOps ops;
  private final Host host;
  private final Rq[] rqs;

  Throttling(FairOps ops, Host host, Rq[] rqs) {
    this.ops = ops;
    this.host = host;
    this.rqs = rqs;
  }

  /** {@code throttled_hierarchy}: the queue or one of its ancestors is throttled. */
  static boolean throttledHierarchy(CfsRq q) {
    for (CfsRq c = q; c != null; c = parentQueue(c)) {
      if (c.throttled) {
        return true;
      }
    }
    return false;
  }

  private static CfsRq parentQueue(CfsRq q) {
    Entity se = q.tg.entities[q.cpu];
    return se == null ? null : se.cfsRq;
  }

  /** {@code account_cfs_rq_runtime}. */
  void accountRuntime(CfsRq q, long deltaNs) {
    if (!q.runtimeEnabled) {
      return;
    }
    q.runtimeRemainingNs -= deltaNs;
    if (q.runtimeRemainingNs > 0 || q.throttled) {
      return;
    }
    if (!assign(q, q.tg.bandwidth.sliceNs()) && q.curr != null) {
      host.reschedCurr(q.cpu);
    }
  }

  private boolean assign(CfsRq q, long targetNs) {
    CfsBandwidth bw = q.tg.bandwidth;
    q.runtimeRemainingNs += bw.assign(q.runtimeRemainingNs, targetNs);
    if (bw.takeStartRequest()) {
      host.startPeriodTimer(q.tg);
    }
    return q.runtimeRemainingNs > 0;
  }

  /** {@code check_cfs_rq_runtime}: true when the queue is (now) throttled. */
  boolean checkRuntime(CfsRq q) {
    if (!q.runtimeEnabled || q.runtimeRemainingNs > 0) {
      return false;
    }
    return q.throttled || throttle(q);
  }

  /** {@code check_enqueue_throttle}: an idle queue that gets a task and has no runtime. */
  void checkEnqueueThrottle(CfsRq q) {
    if (!q.runtimeEnabled || q.curr != null || q.throttled) {
      return;
    }
    accountRuntime(q, 0);
    if (q.runtimeRemainingNs <= 0) {
      throttle(q);
    }
  }

  /** {@code return_cfs_rq_runtime}: an emptied queue hands runtime above 1 ms back. */
  void returnRuntime(CfsRq q) {
    if (!q.runtimeEnabled || q.nrRunning != 0) {
      return;
    }
    q.runtimeRemainingNs -= q.tg.bandwidth.returnSlack(q.runtimeRemainingNs);
  }

  /** {@code throttle_cfs_rq}; false when a last-moment runtime grant avoided it. */
  boolean throttle(CfsRq q) {
    if (assign(q, 1)) {
      return false;
    }
    int delta = q.hNrRunning;
    Entity e = q.tg.entities[q.cpu];
    boolean done = false;
    for (; e != null; e = e.parent) {
      if (!e.onRq) {
        done = true; // the group entity is already off its queue
        break;
      }
      CfsRq pq = e.cfsRq;
      ops.dequeueEntity(pq, e, Flags.DEQUEUE_SLEEP);
      pq.hNrRunning -= delta;
      if (pq.load != 0) {
        e = e.parent;
        break;
      }
    }
    if (!done) {
      for (; e != null; e = e.parent) {
        ops.updateCfsGroup(e);
        e.cfsRq.hNrRunning -= delta;
      }
    }
    q.throttled = true;
    q.throttledSinceNs = host.clockTaskNs(q.cpu);
    host.parkingChanged();
    return true;
  }

  /**
   * The period timer of {@code tg} fired ({@code do_sched_cfs_period_timer}): refill, then give
   * each throttled queue, in throttling order, its debt plus 1 ns and unthrottle it
   * ({@code distribute_cfs_runtime}). Returns whether the timer stays armed.
   */
  boolean periodElapsed(TaskGroup tg) {
    List<CfsRq> throttled = new ArrayList<>();
    for (CfsRq q : tg.queues) {
      if (q != null && q.throttled) {
        throttled.add(q);
      }
    }
    throttled.sort(Comparator.comparingLong((CfsRq q) -> q.throttledSinceNs)
        .thenComparingInt(q -> q.cpu));
    CfsBandwidth bw = tg.bandwidth;
    boolean keep = bw.periodElapsed(!throttled.isEmpty());
    for (CfsRq q : throttled) {
      if (bw.runtimeNs() <= 0) {
        break;
      }
      q.runtimeRemainingNs += bw.distribute(-q.runtimeRemainingNs);
      if (q.runtimeRemainingNs > 0) {
        unthrottle(q);
      }
    }
    return keep;
  }

  /** {@code unthrottle_cfs_rq}. */
  void unthrottle(CfsRq q) {
    q.throttled = false;
    host.parkingChanged();
    if (q.load == 0) {
      return;
    }
    int delta = q.hNrRunning;
    Entity e = q.tg.entities[q.cpu];
    for (; e != null && !e.onRq; e = e.parent) {
      CfsRq pq = e.cfsRq;
      ops.enqueueEntity(pq, e, Flags.ENQUEUE_WAKEUP);
      pq.hNrRunning += delta;
      if (pq.throttled) {
        return;
      }
    }
    for (; e != null; e = e.parent) {
      ops.updateCfsGroup(e);
      e.cfsRq.hNrRunning += delta;
    }
    Rq rq = rqs[q.cpu];
    if (rq.curr == null && rq.root.nrRunning > 0) {
      host.reschedCurr(q.cpu);
    }
  }
}
