package org.hvsched.core.trace;

import java.util.Arrays;
import java.util.List;
import org.hvsched.topology.Core;
import org.hvsched.topology.Topology;

/**
 * What the trace writers need to know of the host, read once from the {@link Topology} at
 * {@link TraceSink#begin}: CPU numbers and the core of each online CPU, in arrays indexed by CPU
 * number so per-event lookups are O(1).
 *
 * @param onlineCpus number of online CPUs (the {@code #P:} of the ftrace header)
 * @param cpuSlots highest CPU number known plus one (array size for per-CPU state)
 * @param coreOfCpu dense core index of each CPU, -1 for a CPU that is not online
 * @param coreCount number of cores with an online thread
 * @param cores the cores, by socket then first CPU
 */
record HostLayout(int onlineCpus, int cpuSlots, int[] coreOfCpu, int coreCount, List<Core> cores) {

  /** The layout of {@code topology}'s online view. */
  static HostLayout of(Topology topology) {
    int slots = topology.maxCpu() + 1;
    int[] coreOf = new int[slots];
    Arrays.fill(coreOf, -1);
    for (Core core : topology.cores()) {
      for (int cpu : core.threads()) {
        coreOf[cpu] = core.id().index();
      }
    }
    return new HostLayout(topology.cpuCount(), slots, coreOf, topology.cores().size(),
        topology.cores());
  }

  /** Checks that {@code cpu} is an online CPU of this host. */
  int checkCpu(int cpu) {
    if (cpu < 0 || cpu >= cpuSlots || coreOfCpu[cpu] < 0) {
      throw new IllegalArgumentException("not an online CPU of the traced host: " + cpu);
    }
    return cpu;
  }
}
