package org.hvsched.kvm.cfs.fair;

/**
 * The next/last/skip buddies of {@code kernel/sched/fair.c}: hints set along an entity's chain
 * of queues ({@code set_next_buddy}, {@code set_last_buddy}, {@code set_skip_buddy}) and
 * cleared from the bottom up ({@code clear_buddies}).
 */
final class Buddies {
  private Buddies() {}

  static void setNext(Entity se) {
    for (Entity e = se; e != null; e = e.parent) {
      if (!e.onRq) {
        return;
      }
      e.cfsRq.next = e;
    }
  }

  static void setLast(Entity se) {
    for (Entity e = se; e != null; e = e.parent) {
      if (!e.onRq) {
        return;
      }
      e.cfsRq.last = e;
    }
  }

  static void setSkip(Entity se) {
    for (Entity e = se; e != null; e = e.parent) {
      e.cfsRq.skip = e;
    }
  }

  /** {@code clear_buddies(cfs_rq, se)}. */
  static void clear(CfsRq q, Entity se) {
    if (q.last == se) {
      for (Entity e = se; e != null && e.cfsRq.last == e; e = e.parent) {
        e.cfsRq.last = null;
      }
    }
    if (q.next == se) {
      for (Entity e = se; e != null && e.cfsRq.next == e; e = e.parent) {
        e.cfsRq.next = null;
      }
    }
    if (q.skip == se) {
      for (Entity e = se; e != null && e.cfsRq.skip == e; e = e.parent) {
        e.cfsRq.skip = null;
      }
    }
  }
}
