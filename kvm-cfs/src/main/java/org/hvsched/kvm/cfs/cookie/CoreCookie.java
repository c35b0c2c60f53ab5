package org.hvsched.kvm.cfs.cookie;

import static com.google.common.base.Preconditions.checkState;

/**
 * One allocated cookie ({@code struct sched_core_cookie}): upstream uses the address of a
 * reference-counted allocation; here a positive id, unique for the life of the table, plays the
 * address and also the value GET reports ({@code ptr_to_hashval}: equal cookies, equal ids).
 */
final class CoreCookie {
  private final long id;
  private int refs = 1;

  CoreCookie(long id) {
    this.id = id;
  }

  long id() {
    return id;
  }

  int refs() {
    return refs;
  }

  void get() {
    checkState(refs > 0, "cookie %s used after its last reference was dropped", id);
    refs++;
  }

  /** Drops one reference; true when it was the last. */
  boolean put() {
    checkState(refs > 0, "cookie %s released twice", id);
    refs--;
    return refs == 0;
  }

  @Override
  public String toString() {
    return "cookie#" + id;
  }
}
