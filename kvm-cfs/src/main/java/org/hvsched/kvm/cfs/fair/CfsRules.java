package org.hvsched.kvm.cfs.fair;

/**
 * CFS as in Linux 6.1 {@code kernel/sched/fair.c}, with the default features
 * {@code GENTLE_FAIR_SLEEPERS}, {@code START_DEBIT}, {@code LAST_BUDDY},
 * {@code WAKEUP_PREEMPTION}, {@code ALT_PERIOD}, {@code BASE_SLICE} ({@code NEXT_BUDDY} off).
 * Queued-but-sleeping vruntimes stay absolute; a non-sleep dequeue makes them relative to the
 * old queue's {@code min_vruntime} and the next enqueue adds the new one.
 */
final class CfsRules implements FairRules {
  private final Tunables t;
  private final boolean gentleFairSleepers;

  CfsRules(Tunables t, boolean gentleFairSleepers) {
    this.t = t;
    this.gentleFairSleepers = gentleFairSleepers;
  }

  @Override
  public boolean afterAdvance(CfsRq q, Entity curr) {
    return false;
  }

  /** {@code __sched_period}: latency, stretched when more than nr_latency tasks run. */
  long period(int nrRunning) {
    return nrRunning > t.nrLatency() ? nrRunning * t.minGranularityNs() : t.latencyNs();
  }

  /** {@code sched_slice}: the entity's share of the period, level by level upwards. */
  long schedSlice(Entity se) {
    Entity top = se;
    while (top.parent != null) {
      top = top.parent;
    }
    int nr = top.cfsRq.hNrRunning;
    long slice = period(nr + (se.onRq ? 0 : 1));
    for (Entity e = se; e != null; e = e.parent) {
      long load = e.cfsRq.load + (e.onRq ? 0 : e.weight);
      slice = NiceWeights.calcDelta(slice, e.weight, NiceWeights.invWeight(load));
    }
    return Math.max(slice, t.minGranularityNs());
  }

  /** {@code wakeup_preempt_entity}: -1 curr behind, 1 ahead by more than the wakeup gran. */
  int wakeupPreemptEntity(Entity curr, Entity se) {
    long vdiff = curr.vruntime - se.vruntime;
    if (vdiff <= 0) {
      return -1;
    }
    long gran = NiceWeights.calcDeltaFair(t.wakeupGranularityNs(), se.weight, se.inv);
    return vdiff > gran ? 1 : 0;
  }

  @Override
  public Entity pick(CfsRq q, Entity curr) {
    Entity left = q.first();
    if (left == null || (curr != null && curr.vruntime < left.vruntime)) {
      left = curr;
    }
    Entity se = left;
    if (q.skip != null && q.skip == se) {
      Entity second;
      if (se == curr) {
        second = q.first();
      } else {
        second = successor(q, se);
        if (second == null || (curr != null && curr.vruntime < second.vruntime)) {
          second = curr;
        }
      }
      if (second != null && wakeupPreemptEntity(second, left) < 1) {
        se = second;
      }
    }
    if (q.next != null && wakeupPreemptEntity(q.next, left) < 1) {
      se = q.next;
    } else if (q.last != null && wakeupPreemptEntity(q.last, left) < 1) {
      se = q.last;
    }
    return se;
  }

  private static Entity successor(CfsRq q, Entity se) {
    boolean found = false;
    for (Entity e : q.tree()) {
      if (found) {
        return e;
      }
      found = e == se;
    }
    return null;
  }

  @Override
  public void placeOnEnqueue(CfsRq q, Entity se, int flags) {
    if (Flags.has(flags, Flags.ENQUEUE_INITIAL)) {
      long vslice = NiceWeights.calcDeltaFair(schedSlice(se), se.weight, se.inv);
      se.vruntime = q.minVruntime + vslice;
      return;
    }
    boolean wakeup = Flags.has(flags, Flags.ENQUEUE_WAKEUP);
    if (!wakeup || Flags.has(flags, Flags.ENQUEUE_MIGRATED)) {
      se.vruntime += q.minVruntime;
    }
    if (wakeup) {
      long thresh = gentleFairSleepers ? t.latencyNs() >> 1 : t.latencyNs();
      se.vruntime = Math.max(se.vruntime, q.minVruntime - thresh);
    }
  }

  @Override
  public void beforeDequeue(CfsRq q, Entity se, int flags) {}

  @Override
  public void afterDequeue(CfsRq q, Entity se, int flags) {
    if (!Flags.has(flags, Flags.DEQUEUE_SLEEP)) {
      se.vruntime -= q.minVruntime;
    }
  }

  @Override
  public void migrateWaking(CfsRq oldQ, Entity se) {
    se.vruntime -= oldQ.minVruntime;
  }

  @Override
  public void onSetNext(Entity se) {}

  @Override
  public boolean tickPreempt(CfsRq q, Entity curr) {
    long ideal = schedSlice(curr);
    long ran = curr.sumExecNs - curr.prevSumExecNs;
    if (ran > ideal) {
      Buddies.clear(q, curr);
      return true;
    }
    if (ran < t.minGranularityNs()) {
      return false;
    }
    Entity left = q.first();
    if (left == null) {
      return false;
    }
    long delta = curr.vruntime - left.vruntime;
    return delta >= 0 && delta > ideal;
  }

  @Override
  public boolean wakeupPreempt(CfsRq q, Entity se, Entity pse) {
    return wakeupPreemptEntity(se, pse) == 1;
  }

  @Override
  public void yield(CfsRq q, Entity curr) {
    Buddies.setSkip(curr);
  }

  @Override
  public long sliceOf(Entity se) {
    return schedSlice(se);
  }

  @Override
  public void reweight(CfsRq q, Entity se, long weight, long inv) {
    boolean inTree = se.onRq && q.inTree(se);
    if (inTree) {
      q.dequeueTree(se);
    }
    if (se.onRq) {
      q.load += weight - se.weight;
      q.tg.loadChanged(weight - se.weight);
    }
    se.setWeight(weight, inv);
    if (inTree) {
      q.enqueueTree(se);
    }
  }
}
