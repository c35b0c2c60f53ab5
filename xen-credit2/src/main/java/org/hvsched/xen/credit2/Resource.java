package org.hvsched.xen.credit2;

import java.util.BitSet;

/**
 * One scheduling resource ({@code struct sched_resource}) with credit2's per-CPU data
 * ({@code struct csched2_pcpu}): its threads in ascending CPU order (slot i runs on
 * {@code threads[i]}), its master (the lowest thread), its runqueue, the SMT siblings of the
 * master inside that runqueue, and the unit it runs ({@code null} = its idle unit).
 */
final class Resource {
  final int master;
  final int[] threads;
  final BitSet siblingMask = new BitSet();
  RunqueueState rq;
  UnitState curr;

  Resource(int[] threads) {
    this.threads = threads.clone();
    this.master = threads[0];
  }

  /** The slot (thread index) of {@code cpu} in this resource, or -1. */
  int slotOf(int cpu) {
    for (int i = 0; i < threads.length; i++) {
      if (threads[i] == cpu) {
        return i;
      }
    }
    return -1;
  }
}
