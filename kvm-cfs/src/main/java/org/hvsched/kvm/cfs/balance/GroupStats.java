package org.hvsched.kvm.cfs.balance;

import org.hvsched.kvm.cfs.fair.Rq;
import org.hvsched.kvm.cfs.fair.Runqueues;
import org.hvsched.topology.CpuSet;

/**
 * {@code struct sg_lb_stats} of one group, from the run queues: runnable fair tasks, root queue
 * load, idle CPUs, and the group type of {@code group_classify} reduced to task counts
 * (overloaded: more tasks than CPUs; has spare: fewer; fully busy: as many).
 *
 * <p>Simplification: load is the root queues' instantaneous weight, not the PELT average
 * ({@code cfs_rq_load_avg}); every CPU has capacity 1024 (no IRQ or RT pressure, as on an x86
 * host with only fair tasks); utilization is not tracked.
 */
record GroupStats(CpuSet cpus, int nrRunning, long load, int idleCpus) {

  /** Group types, in {@code enum group_type} order of busyness. */
  enum Type { HAS_SPARE, FULLY_BUSY, OVERLOADED }

  static GroupStats of(Runqueues rqs, CpuSet cpus) {
    int nr = 0;
    long load = 0;
    int idle = 0;
    for (int cpu : cpus.toArray()) {
      Rq rq = rqs.rq(cpu);
      nr += rq.nrRunning();
      load += rq.root().load();
      if (rq.idle()) {
        idle++;
      }
    }
    return new GroupStats(cpus, nr, load, idle);
  }

  int weight() {
    return cpus.size();
  }

  Type type() {
    if (nrRunning > weight()) {
      return Type.OVERLOADED;
    }
    return nrRunning < weight() ? Type.HAS_SPARE : Type.FULLY_BUSY;
  }

  /** {@code avg_load}: load per 1024 of capacity. */
  long avgLoad() {
    return load * 1024 / (1024L * weight());
  }

  /** {@code update_sd_pick_busiest}'s order: busier type, then the type's own measure. */
  boolean busierThan(GroupStats o) {
    if (type() != o.type()) {
      return type().compareTo(o.type()) > 0;
    }
    if (type() == Type.HAS_SPARE) {
      if (idleCpus != o.idleCpus) {
        return idleCpus < o.idleCpus;
      }
      return nrRunning > o.nrRunning;
    }
    return avgLoad() > o.avgLoad();
  }
}
