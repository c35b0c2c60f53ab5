package org.hvsched.kvm.cfs.fair;

import java.util.ArrayList;
import java.util.List;

/**
 * Priorities across SMT siblings for the core-wide pick ({@code kernel/sched/core.c}
 * {@code prio_less}, {@code kernel/sched/fair.c} {@code cfs_prio_less}, {@code se_fi_update}):
 * two fair tasks on different CPUs are compared at the level where their entities' queues
 * belong to one task group, each vruntime taken relative to its queue's {@code min_vruntime_fi}
 * snapshot. Snapshots refresh at every pick outside forced idle and freeze during a forced-idle
 * episode ({@code forceidle_seq}), so a task that keeps winning while its sibling starves
 * accumulates vruntime against the starved one. EEVDF kernels compare vruntime here too.
 * All tasks are fair; the idle task (null) has the lowest priority.
 */
public final class CorePriority {
  private CorePriority() {}

  /** {@code prio_less(a, b, in_fi)}: true when {@code a} has lower priority than {@code b}. */
  public static boolean prioLess(TaskSched a, TaskSched b, long fiSeq, boolean inFi) {
    if (b == null) {
      return false;
    }
    if (a == null) {
      return true;
    }
    return cfsPrioLess(a, b, fiSeq, inFi);
  }

  static boolean cfsPrioLess(TaskSched a, TaskSched b, long fiSeq, boolean inFi) {
    Entity sea = a.se;
    Entity seb = b.se;
    while (sea.cfsRq.tg != seb.cfsRq.tg) {
      int da = sea.depth;
      int db = seb.depth;
      if (da >= db) {
        sea = sea.parent;
      }
      if (da <= db) {
        seb = seb.parent;
      }
    }
    seFiUpdate(sea, fiSeq, inFi);
    seFiUpdate(seb, fiSeq, inFi);
    long delta = (sea.vruntime - seb.vruntime)
        + (seb.cfsRq.minVruntimeFi - sea.cfsRq.minVruntimeFi);
    return delta > 0;
  }

  /** {@code se_fi_update} from an entity upwards. */
  static void seFiUpdate(Entity se, long fiSeq, boolean inFi) {
    for (Entity e = se; e != null; e = e.parent) {
      CfsRq q = e.cfsRq;
      if (inFi) {
        if (q.forceidleSeq == fiSeq) {
          break;
        }
        q.forceidleSeq = fiSeq;
      }
      q.minVruntimeFi = q.minVruntime;
    }
  }

  /** {@code task_vruntime_update}: refresh (or, in forced idle, freeze) the task's snapshots. */
  public static void taskVruntimeUpdate(TaskSched p, long fiSeq, boolean inFi) {
    if (p != null) {
      seFiUpdate(p.se, fiSeq, inFi);
    }
  }

  /**
   * The queued tasks of {@code rq} with {@code cookie} that are not throttled, highest priority
   * first: the order {@code sched_core_find}/{@code sched_core_next} walk the core tree in.
   *
   * <p>Deviation: upstream's core tree orders by priority at insertion and is not re-sorted as
   * vruntimes move; the model sorts by the current priority (the same-CPU comparison needs no
   * snapshots: both sides share the queue where they differ).
   */
  public static List<TaskSched> withCookie(Rq rq, long cookie) {
    List<TaskSched> out = new ArrayList<>();
    for (TaskSched t : rq.tasks) {
      if (t.cookie == cookie && t.queued && !Throttling.throttledHierarchy(t.se.cfsRq)) {
        out.add(t);
      }
    }
    out.sort(CorePriority::compareSameRq);
    return out;
  }

  /** {@code sched_core_find}: the first of {@link #withCookie}, or null (idle). */
  public static TaskSched find(Rq rq, long cookie) {
    TaskSched best = null;
    for (TaskSched t : rq.tasks) {
      if (t.cookie == cookie && t.queued && !Throttling.throttledHierarchy(t.se.cfsRq)
          && (best == null || compareSameRq(t, best) < 0)) {
        best = t;
      }
    }
    return best;
  }

  private static int compareSameRq(TaskSched a, TaskSched b) {
    Entity sea = a.se;
    Entity seb = b.se;
    while (sea.cfsRq != seb.cfsRq) {
      int da = sea.depth;
      int db = seb.depth;
      if (da >= db) {
        sea = sea.parent;
      }
      if (da <= db) {
        seb = seb.parent;
      }
    }
    int c = Long.compare(sea.vruntime, seb.vruntime);
    return c != 0 ? c : Integer.compare(a.task.id(), b.task.id());
  }
}
