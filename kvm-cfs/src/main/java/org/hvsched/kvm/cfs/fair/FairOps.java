package org.hvsched.kvm.cfs.fair;

import static com.google.common.base.Preconditions.checkState;

import org.hvsched.kvm.cfs.group.GroupShares;

/**
 * The hierarchical operations of {@code fair_sched_class} ({@code kernel/sched/fair.c}):
 * {@code update_curr}, {@code enqueue/dequeue_task_fair} walking the task's chain of entities,
 * {@code put_prev}/{@code set_next}, the side-effect-light {@code pick_task_fair} the core-wide
 * pick needs, the tick, wake-up preemption and yield. CFS/EEVDF differences live in
 * {@link FairRules}; cpu.max throttling in {@link Throttling}.
 */
public final class FairOps {
  private final FairRules rules;
  private final Tunables tunables;
  private final Host host;
  private final boolean wakeupPreemption;
  private final boolean buddies;
  final Throttling throttling;

  FairOps(FairRules rules, Tunables tunables, Host host, boolean wakeupPreemption,
      Rq[] rqs) {
    this.rules = rules;
    this.tunables = tunables;
    this.host = host;
    this.wakeupPreemption = wakeupPreemption;
    this.buddies = rules instanceof CfsRules;
    this.throttling = new Throttling(this, host, rqs);
  }

  FairRules rules() {
    return rules;
  }

  /** The effective tunables. */
  public Tunables tunables() {
    return tunables;
  }

  /** {@code update_curr}: charge the running entity of {@code q} up to the CPU's task clock. */
  void updateCurr(CfsRq q) {
    Entity curr = q.curr;
    if (curr == null) {
      return;
    }
    long now = host.clockTaskNs(q.cpu);
    long delta = now - curr.execStart;
    if (delta <= 0) {
      return;
    }
    curr.execStart = now;
    curr.sumExecNs += delta;
    curr.vruntime += NiceWeights.calcDeltaFair(delta, curr.weight, curr.inv);
    if (rules.afterAdvance(q, curr)) {
      host.reschedCurr(q.cpu);
    }
    q.updateMinVruntime();
    throttling.accountRuntime(q, delta);
  }

  /** Charges every level of the running chain of {@code rq}. */
  void updateCurrChain(Rq rq) {
    if (rq.curr != null) {
      for (Entity e = rq.curr.se; e != null; e = e.parent) {
        updateCurr(e.cfsRq);
      }
    }
  }

  /** {@code update_cfs_group}: recompute a group entity's weight from its group's load. */
  void updateCfsGroup(Entity se) {
    CfsRq gq = se.myQ;
    if (gq == null || gq.throttled) {
      return;
    }
    long shares = GroupShares.calc(gq.tg.shares(), gq.load, gq.tg.totalLoad());
    if (shares == se.weight) {
      return;
    }
    CfsRq q = se.cfsRq;
    if (q.curr == se) {
      updateCurr(q);
    }
    rules.reweight(q, se, shares, NiceWeights.invWeight(shares));
  }

  /** {@code enqueue_entity}. */
  void enqueueEntity(CfsRq q, Entity se, int flags) {
    boolean isCurr = q.curr == se;
    updateCurr(q);
    updateCfsGroup(se);
    rules.placeOnEnqueue(q, se, flags);
    q.accountEnqueue(se);
    if (!isCurr) {
      q.enqueueTree(se);
    }
    se.onRq = true;
    if (q.nrRunning == 1) {
      throttling.checkEnqueueThrottle(q);
    }
  }

  /** {@code dequeue_entity}. */
  void dequeueEntity(CfsRq q, Entity se, int flags) {
    updateCurr(q);
    Buddies.clear(q, se);
    rules.beforeDequeue(q, se, flags);
    if (se != q.curr) {
      q.dequeueTree(se);
    }
    se.onRq = false;
    q.accountDequeue(se);
    rules.afterDequeue(q, se, flags);
    throttling.returnRuntime(q);
    updateCfsGroup(se);
    q.updateMinVruntime();
  }

  /** {@code enqueue_task_fair} on the task's CPU ({@code ts.cpu} and its chain set). */
  void enqueueTask(Rq rq, TaskSched ts, int flags) {
    if (Throttling.throttledHierarchy(ts.se.cfsRq)) {
      host.parkingChanged();
    }
    Entity e = ts.se;
    int f = flags;
    for (; e != null && !e.onRq; e = e.parent) {
      CfsRq q = e.cfsRq;
      enqueueEntity(q, e, f);
      q.hNrRunning++;
      if (q.throttled) {
        return;
      }
      f = Flags.ENQUEUE_WAKEUP;
    }
    for (; e != null; e = e.parent) {
      CfsRq q = e.cfsRq;
      updateCfsGroup(e);
      q.hNrRunning++;
      if (q.throttled) {
        return;
      }
    }
  }

  /** {@code dequeue_task_fair}. */
  void dequeueTask(Rq rq, TaskSched ts, int flags) {
    if (Throttling.throttledHierarchy(ts.se.cfsRq)) {
      host.parkingChanged();
    }
    boolean sleep = Flags.has(flags, Flags.DEQUEUE_SLEEP);
    int f = flags;
    Entity e = ts.se;
    for (; e != null; e = e.parent) {
      CfsRq q = e.cfsRq;
      dequeueEntity(q, e, f);
      q.hNrRunning--;
      if (q.throttled) {
        return;
      }
      if (q.load != 0) {
        e = e.parent;
        if (sleep && e != null && !Throttling.throttledHierarchy(q) && buddies) {
          Buddies.setNext(e);
        }
        break;
      }
      f |= Flags.DEQUEUE_SLEEP;
    }
    for (; e != null; e = e.parent) {
      CfsRq q = e.cfsRq;
      updateCfsGroup(e);
      q.hNrRunning--;
      if (q.throttled) {
        return;
      }
    }
  }

  /** {@code set_next_entity} at every level of the task's chain. */
  void setNextTask(TaskSched ts) {
    for (Entity e = ts.se; e != null; e = e.parent) {
      CfsRq q = e.cfsRq;
      Buddies.clear(q, e);
      if (e.onRq && q.inTree(e)) {
        q.dequeueTree(e);
      }
      q.curr = e;
      e.execStart = host.clockTaskNs(q.cpu);
      e.prevSumExecNs = e.sumExecNs;
      rules.onSetNext(e);
    }
  }

  /** {@code put_prev_entity} at every level of the task's chain. */
  void putPrevTask(TaskSched ts) {
    for (Entity e = ts.se; e != null; e = e.parent) {
      CfsRq q = e.cfsRq;
      if (q.curr != e) {
        continue;
      }
      if (e.onRq) {
        updateCurr(q);
      }
      throttling.checkRuntime(q);
      if (e.onRq) {
        q.enqueueTree(e);
      }
      q.curr = null;
    }
  }

  /**
   * {@code pick_task_fair}: the task this CPU's fair class would run, its running chain
   * included, without switching; null when nothing is runnable (throttling may happen).
   */
  TaskSched pickTask(Rq rq) {
    again:
    while (true) {
      CfsRq q = rq.root;
      if (q.nrRunning == 0) {
        return null;
      }
      while (true) {
        Entity curr = q.curr;
        if (curr != null) {
          if (curr.onRq) {
            updateCurr(q);
          } else {
            curr = null;
          }
          if (throttling.checkRuntime(q)) {
            continue again;
          }
        }
        Entity se = rules.pick(q, curr);
        checkState(se != null, "queue %s counts %s entities but offers none", q, q.nrRunning);
        if (se.myQ == null) {
          return se.owner;
        }
        q = se.myQ;
      }
    }
  }

  /** {@code entity_tick} at every level of the running chain; true: reschedule. */
  public boolean tick(Rq rq) {
    boolean resched = false;
    for (Entity e = rq.curr.se; e != null; e = e.parent) {
      CfsRq q = e.cfsRq;
      updateCurr(q);
      updateCfsGroup(e);
      if (q.nrRunning > 1 && rules.tickPreempt(q, e)) {
        resched = true;
      }
    }
    return resched;
  }

  /** {@code check_preempt_wakeup}: does the woken {@code p} preempt the running task? */
  public boolean wakeupPreempts(Rq rq, TaskSched p) {
    TaskSched curr = rq.curr;
    Entity se = curr.se;
    Entity pse = p.se;
    if (se == pse || Throttling.throttledHierarchy(pse.cfsRq) || rq.needResched
        || !wakeupPreemption) {
      return false;
    }
    while (se.depth > pse.depth) {
      se = se.parent;
    }
    while (pse.depth > se.depth) {
      pse = pse.parent;
    }
    while (se.cfsRq != pse.cfsRq) {
      se = se.parent;
      pse = pse.parent;
    }
    CfsRq q = se.cfsRq;
    updateCurr(q);
    if (!rules.wakeupPreempt(q, se, pse)) {
      return false;
    }
    if (buddies) {
      Buddies.setNext(pse);
      boolean scale = curr.se.cfsRq.nrRunning >= tunables.nrLatency();
      if (se.onRq && scale && se.isTask()) {
        Buddies.setLast(se);
      }
    }
    return true;
  }

  /** {@code yield_task_fair}. */
  public void yieldTask(Rq rq, TaskSched ts) {
    if (rq.nrRunning() == 1) {
      return;
    }
    Entity se = ts.se;
    Buddies.clear(se.cfsRq, se);
    updateCurr(se.cfsRq);
    rules.yield(se.cfsRq, se);
  }

  /**
   * {@code __entity_slice_used(se, min_nr_tasks)}: the task ran, since it was picked, more than
   * its slice divided by {@code minNrTasks} ({@code task_tick_core} uses 2). The slice is CFS's
   * {@code sched_slice} or EEVDF's request size.
   */
  public boolean sliceUsed(TaskSched ts, int minNrTasks) {
    long ran = ts.se.sumExecNs - ts.se.prevSumExecNs;
    return ran * minNrTasks > rules.sliceOf(ts.se);
  }
}
