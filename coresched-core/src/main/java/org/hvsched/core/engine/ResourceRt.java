package org.hvsched.core.engine;

import org.hvsched.api.ScheduleReason;

/** One scheduling resource of a pool: the threads a decision is made for. */
final class ResourceRt {
  final int index;
  final CpuRt[] cpus;
  final PoolRt pool;
  /** A rendezvous is under way (multi-thread resources). */
  boolean inRendezvous;
  int arrived;
  int triggerCpu;
  ScheduleReason reason;
  long gen;
  boolean decided;
  /** Another reschedule was asked for while the rendezvous ran: start a new one after it. */
  boolean again;
  long sliceGen;
  /** Queue handle of the pending slice event, -1 for none. */
  int sliceHandle = -1;
  final org.hvsched.api.Occupant[] targets;

  ResourceRt(int index, CpuRt[] cpus, PoolRt pool) {
    this.index = index;
    this.cpus = cpus;
    this.pool = pool;
    this.targets = new org.hvsched.api.Occupant[cpus.length];
  }

  boolean multiThread() {
    return cpus.length > 1;
  }
}
