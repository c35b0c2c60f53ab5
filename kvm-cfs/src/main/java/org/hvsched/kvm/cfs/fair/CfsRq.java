package org.hvsched.kvm.cfs.fair;

import static com.google.common.base.Preconditions.checkState;

import org.hvsched.api.RunQueue;

/**
 * A {@code struct cfs_rq}: the entities of one task group on one CPU. Entities other than
 * {@code curr} sit in a tree ordered by vruntime (and, for EEVDF, a second one by deadline);
 * {@code min_vruntime} never decreases; EEVDF's {@code avg_vruntime}/{@code avg_load} sums over
 * the tree are kept relative to {@code min_vruntime} as upstream does.
 */
public final class CfsRq {
  final int cpu;
  final TaskGroup tg;
  final RunQueue<Entity> timeline = new RunQueue<>(Entity::id);
  final RunQueue<Entity> byDeadline = new RunQueue<>(Entity::id);
  Entity curr;
  Entity next;
  Entity last;
  Entity skip;
  long load;
  int nrRunning;
  int hNrRunning;
  long minVruntime;
  long avgVruntime;
  long avgLoad;
  long minVruntimeFi;
  long forceidleSeq;
  boolean runtimeEnabled;
  long runtimeRemainingNs;
  boolean throttled;
  long throttledSinceNs;

  CfsRq(int cpu, TaskGroup tg) {
    this.cpu = cpu;
    this.tg = tg;
  }

  /** The CPU of this queue. */
  public int cpu() {
    return cpu;
  }

  /** {@code min_vruntime}. */
  public long minVruntime() {
    return minVruntime;
  }

  /** Sum of queued weights (curr included when queued). */
  public long load() {
    return load;
  }

  /** Queued entities (curr included when queued). */
  public int nrRunning() {
    return nrRunning;
  }

  /** Runnable tasks below this queue. */
  public int hNrRunning() {
    return hNrRunning;
  }

  /** The running entity of this queue, or null. */
  public Entity curr() {
    return curr;
  }

  /** True while throttled by cpu.max. */
  public boolean throttled() {
    return throttled;
  }

  /** The tree entity with the smallest vruntime (curr excluded), or null. */
  public Entity first() {
    return timeline.first();
  }

  /** Entities in the tree, by vruntime then id. */
  public Iterable<Entity> tree() {
    return timeline;
  }

  /** Entities in the tree, by deadline then id. */
  Iterable<Entity> byDeadline() {
    return byDeadline;
  }

  /** {@code __enqueue_entity}. */
  void enqueueTree(Entity se) {
    timeline.insert(se, se.vruntime);
    byDeadline.insert(se, se.deadline);
    avgVruntime += key(se) * se.weight;
    avgLoad += se.weight;
  }

  /** {@code __dequeue_entity}. */
  void dequeueTree(Entity se) {
    checkState(timeline.remove(se), "%s is not in the tree of cpu %s", se, cpu);
    byDeadline.remove(se);
    avgVruntime -= key(se) * se.weight;
    avgLoad -= se.weight;
  }

  /** True when {@code se} sits in the tree. */
  boolean inTree(Entity se) {
    return timeline.contains(se);
  }

  /** {@code account_entity_enqueue}. */
  void accountEnqueue(Entity se) {
    load += se.weight;
    nrRunning++;
    tg.loadChanged(se.weight);
  }

  /** {@code account_entity_dequeue}. */
  void accountDequeue(Entity se) {
    load -= se.weight;
    nrRunning--;
    tg.loadChanged(-se.weight);
  }

  /** {@code update_min_vruntime}: max(old, min(curr if queued, leftmost)). */
  void updateMinVruntime() {
    Entity c = curr != null && curr.onRq ? curr : null;
    long v = minVruntime;
    if (c != null) {
      v = c.vruntime;
    }
    Entity left = timeline.first();
    if (left != null) {
      v = c == null ? left.vruntime : Math.min(v, left.vruntime);
    }
    if (v > minVruntime) {
      avgVruntime -= avgLoad * (v - minVruntime);
      minVruntime = v;
    }
  }

  /** {@code entity_key}: vruntime relative to {@code min_vruntime}. */
  long key(Entity se) {
    return se.vruntime - minVruntime;
  }

  /** EEVDF {@code avg_vruntime}: the weighted average V, curr included, rounded down. */
  public long avgVruntime() {
    long avg = avgVruntime;
    long w = avgLoad;
    if (curr != null && curr.onRq) {
      avg += key(curr) * curr.weight;
      w += curr.weight;
    }
    if (w != 0) {
      avg = Math.floorDiv(avg, w);
    }
    return minVruntime + avg;
  }

  /** EEVDF {@code entity_eligible}: V &ge; v, without division. */
  public boolean eligible(Entity se) {
    long avg = avgVruntime;
    long w = avgLoad;
    if (curr != null && curr.onRq) {
      avg += key(curr) * curr.weight;
      w += curr.weight;
    }
    return avg >= key(se) * w;
  }

  /** Sum of weights used by EEVDF placement: tree plus a queued curr. */
  long avgLoadWithCurr() {
    return avgLoad + (curr != null && curr.onRq ? curr.weight : 0);
  }

  @Override
  public String toString() {
    return tg.name() + "@cpu" + cpu;
  }
}
