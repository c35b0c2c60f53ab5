package org.hvsched.kvm.cfs.fair;

/**
 * EEVDF as merged in Linux 6.6 ({@code kernel/sched/fair.c}, commits 147f3efaa241 ff.), default
 * features {@code PLACE_LAG}, {@code PLACE_DEADLINE_INITIAL}, {@code RUN_TO_PARITY}
 * ({@code NEXT_BUDDY} off), with two later corrections named as deviations: the pick returns
 * the exact earliest eligible deadline (what 6.7's rewritten heap search computes; 6.6's first
 * walk could miss it), and a queued entity's reweight keeps V and scales lag and relative
 * deadline ({@code reweight_eevdf}, 6.8).
 */
final class EevdfRules implements FairRules {
  private final Tunables t;
  private final boolean runToParity;
  private final boolean placeLag;

  EevdfRules(Tunables t, boolean runToParity, boolean placeLag) {
    this.t = t;
    this.runToParity = runToParity;
    this.placeLag = placeLag;
  }

  private static long vslice(Entity se, long sliceNs) {
    return NiceWeights.calcDeltaFair(sliceNs, se.weight, se.inv);
  }

  /** {@code update_deadline}: a new request once the entity's vruntime passed its deadline. */
  @Override
  public boolean afterAdvance(CfsRq q, Entity curr) {
    if (curr.vruntime - curr.deadline < 0) {
      return false;
    }
    curr.slice = t.baseSliceNs();
    curr.deadline = curr.vruntime + vslice(curr, curr.slice);
    curr.protectedSlice = false;
    if (q.nrRunning > 1) {
      Buddies.clear(q, curr);
      return true;
    }
    return false;
  }

  /** {@code pick_eevdf}: the eligible entity with the earliest virtual deadline. */
  @Override
  public Entity pick(CfsRq q, Entity curr) {
    if (curr != null && (!curr.onRq || !q.eligible(curr))) {
      curr = null;
    }
    if (runToParity && curr != null && curr.protectedSlice) {
      return curr;
    }
    Entity best = null;
    for (Entity se : q.byDeadline()) {
      if (q.eligible(se)) {
        best = se;
        break;
      }
    }
    if (curr != null && (best == null || curr.deadline <= best.deadline)) {
      best = curr;
    }
    if (best == null) {
      best = q.first() != null ? q.first() : q.curr;
    }
    return best;
  }

  @Override
  public void placeOnEnqueue(CfsRq q, Entity se, int flags) {
    long v = q.avgVruntime();
    se.slice = t.baseSliceNs();
    long vs = vslice(se, se.slice);
    long lag = 0;
    if (placeLag && q.nrRunning > 0) {
      long load = q.avgLoadWithCurr();
      lag = se.vlag * (load + se.weight) / Math.max(load, 1);
    }
    se.vruntime = v - lag;
    if (Flags.has(flags, Flags.ENQUEUE_INITIAL)) {
      vs /= 2;
    }
    se.deadline = se.vruntime + vs;
  }

  /** {@code update_entity_lag}: vlag = V - v, clamped to +-(max(2 slices, one tick)). */
  @Override
  public void beforeDequeue(CfsRq q, Entity se, int flags) {
    long lag = q.avgVruntime() - se.vruntime;
    long limit = vslice(se, Math.max(2 * se.slice, t.tickNs()));
    se.vlag = Math.max(-limit, Math.min(limit, lag));
  }

  @Override
  public void afterDequeue(CfsRq q, Entity se, int flags) {}

  @Override
  public void migrateWaking(CfsRq oldQ, Entity se) {}

  /** {@code set_next_entity}'s RUN_TO_PARITY mark (upstream stores vlag := deadline). */
  @Override
  public void onSetNext(Entity se) {
    se.protectedSlice = true;
  }

  @Override
  public boolean tickPreempt(CfsRq q, Entity curr) {
    return false;
  }

  @Override
  public boolean wakeupPreempt(CfsRq q, Entity se, Entity pse) {
    return pick(q, q.curr) == pse;
  }

  @Override
  public void yield(CfsRq q, Entity curr) {
    curr.deadline += vslice(curr, curr.slice);
  }

  @Override
  public long sliceOf(Entity se) {
    return se.slice;
  }

  /** {@code reweight_eevdf} (6.8): V unchanged, lag and relative deadline scale by w/w'. */
  @Override
  public void reweight(CfsRq q, Entity se, long weight, long inv) {
    long old = se.weight;
    if (!se.onRq) {
      se.vlag = se.vlag * old / weight;
      se.setWeight(weight, inv);
      return;
    }
    long v = q.avgVruntime();
    boolean inTree = q.curr != se;
    if (inTree) {
      q.dequeueTree(se);
    }
    q.load += weight - old;
    q.tg.loadChanged(weight - old);
    long vlag = (v - se.vruntime) * old / weight;
    se.vruntime = v - vlag;
    se.deadline = v + (se.deadline - v) * old / weight;
    se.setWeight(weight, inv);
    if (inTree) {
      q.enqueueTree(se);
    }
  }
}
