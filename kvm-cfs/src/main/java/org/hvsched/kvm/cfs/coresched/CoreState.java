package org.hvsched.kvm.cfs.coresched;

import org.hvsched.topology.CpuSet;

/**
 * The state all SMT siblings share through {@code rq->core}: the cookie of the last
 * selection, forced-idle bookkeeping and the sequence numbers that tell a stale selection.
 */
public final class CoreState {
  final CpuSet cpus;
  long coreCookie;
  int forceidleCount;
  long forceidleSeq;
  long forceidleStartNs = -1;
  int forceidleOccupation;
  long taskSeq;
  long pickSeq;

  CoreState(CpuSet cpus) {
    this.cpus = cpus;
  }

  /** The core's online threads. */
  public CpuSet cpus() {
    return cpus;
  }

  /** {@code core_cookie}: the cookie of the last core-wide selection (0 untagged). */
  public long coreCookie() {
    return coreCookie;
  }

  /** {@code core_forceidle_count}: siblings left forced idle by the last selection. */
  public int forceidleCount() {
    return forceidleCount;
  }

  /** {@code core_forceidle_seq}. */
  public long forceidleSeq() {
    return forceidleSeq;
  }

  /** Bumps {@code core_task_seq} (every enqueue or dequeue of a task of the core). */
  public void taskChanged() {
    taskSeq++;
  }
}
