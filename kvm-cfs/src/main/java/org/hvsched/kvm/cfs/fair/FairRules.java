package org.hvsched.kvm.cfs.fair;

/**
 * What differs between CFS (6.1) and EEVDF (6.6) inside the shared {@code cfs_rq} machinery:
 * how an entity is picked, placed, preempted and charged. The hierarchy operations
 * ({@link FairOps}) call these at the points where upstream's two versions of
 * {@code kernel/sched/fair.c} differ.
 */
sealed interface FairRules permits CfsRules, EevdfRules {

  /** Called by {@code update_curr} after curr's vruntime advanced; true: reschedule. */
  boolean afterAdvance(CfsRq q, Entity curr);

  /** {@code pick_next_entity} of {@code q}, considering {@code curr} (null if not queued). */
  Entity pick(CfsRq q, Entity curr);

  /**
   * {@code place_entity} and renormalisation for an enqueue of {@code se} (not yet accounted in
   * {@code q}), with {@link Flags} {@code ENQUEUE_*}.
   */
  void placeOnEnqueue(CfsRq q, Entity se, int flags);

  /** Before {@code se} leaves {@code q} (still accounted). */
  void beforeDequeue(CfsRq q, Entity se, int flags);

  /** After {@code se} left {@code q} (no longer accounted), before min_vruntime updates. */
  void afterDequeue(CfsRq q, Entity se, int flags);

  /** {@code migrate_task_rq_fair} for a waking task leaving {@code oldQ}. */
  void migrateWaking(CfsRq oldQ, Entity se);

  /** {@code set_next_entity} hook. */
  void onSetNext(Entity se);

  /** The tick's preemption check of the running entity ({@code check_preempt_tick}). */
  boolean tickPreempt(CfsRq q, Entity curr);

  /** Does the waking {@code pse} preempt {@code se}, both on {@code q}? */
  boolean wakeupPreempt(CfsRq q, Entity se, Entity pse);

  /** {@code yield_task_fair} on the running entity. */
  void yield(CfsRq q, Entity curr);

  /** The slice {@code task_tick_core} compares against. */
  long sliceOf(Entity se);

  /** {@code reweight_entity} to {@code weight} (curr already updated). */
  void reweight(CfsRq q, Entity se, long weight, long inv);
}
