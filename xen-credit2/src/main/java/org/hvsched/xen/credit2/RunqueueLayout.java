package org.hvsched.xen.credit2;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.Topology;

/**
 * Groups the resources of a pool into runqueues as {@code cpu_add_to_runqueue} does when the pool
 * is built: master CPUs join in ascending order; a CPU joins a runqueue whose first CPU matches
 * its topology (per {@code credit2_runqueue}), the one that already holds an SMT sibling if any
 * (even past the cap, with Xen's warning), else the least filled one below {@code maxPerRq} that
 * leaves room for whole cores (gran cpu only; skipped for {@code all}); otherwise a new runqueue
 * with the lowest unused id. {@code minRqs = ceil(online / max)}, {@code maxPerRq = online /
 * minRqs}, where {@code online} counts the pool's online CPUs (threads).
 *
 * @param runqueues each runqueue's master CPUs in the order they joined; index = runqueue id
 * @param warnings Xen's warnings, one line each
 */
public record RunqueueLayout(List<int[]> runqueues, List<String> warnings) {

  /**
   * Builds the layout.
   *
   * @param masters master CPUs of the resources, ascending
   * @param pool the pool's topology (online CPUs, siblings, sockets, nodes)
   * @param arrangement {@code credit2_runqueue}
   * @param maxCpusRunqueue {@code sched_credit2_max_cpus_runqueue}
   * @param granIsCpu whether the pool's granularity is cpu (siblings-fit check applies)
   * @param hwSiblings {@code cpu_nr_siblings}: threads per core of the hardware, SMT-off or not
   */
  public static RunqueueLayout build(int[] masters, Topology pool, RunqueueArrangement arrangement,
      int maxCpusRunqueue, boolean granIsCpu, int hwSiblings) {
    int online = pool.cpuCount();
    int minRqs = (online - 1) / maxCpusRunqueue + 1;
    int maxPerRq = online / minRqs;
    List<List<Integer>> rqs = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (int cpu : masters) {
      int chosen = -1;
      for (int id = 0; id < rqs.size(); id++) {
        List<Integer> rq = rqs.get(id);
        if (!matches(arrangement, pool, rq.get(0), cpu)) {
          continue;
        }
        if (holdsSibling(pool, rq, cpu)) {
          if (rq.size() >= maxCpusRunqueue) {
            warnings.add(String.format("more than sched_credit2_max_cpus_runqueue in a runqueue"
                + " (%d vs %d), due to topology constraints", maxCpusRunqueue, rq.size()));
          }
          chosen = id;
          break;
        }
        boolean fits = !granIsCpu || arrangement == RunqueueArrangement.ALL
            || siblingsFit(pool, rq, hwSiblings, maxPerRq);
        if (rq.size() < maxPerRq && fits
            && (chosen < 0 || rq.size() < rqs.get(chosen).size())) {
          chosen = id;
        }
      }
      if (chosen < 0) {
        rqs.add(new ArrayList<>());
        chosen = rqs.size() - 1;
      }
      rqs.get(chosen).add(cpu);
    }
    List<int[]> out = new ArrayList<>();
    rqs.forEach(r -> out.add(r.stream().mapToInt(Integer::intValue).toArray()));
    return new RunqueueLayout(out, warnings);
  }

  /** {@code cpu_runqueue_match} against the runqueue's first CPU ({@code pick_bias}). */
  private static boolean matches(RunqueueArrangement a, Topology t, int peer, int cpu) {
    switch (a) {
      case ALL:
        return true;
      case CORE:
        return t.socketOf(peer).equals(t.socketOf(cpu)) && t.coreOf(peer).equals(t.coreOf(cpu));
      case SOCKET:
        return t.socketOf(peer).equals(t.socketOf(cpu));
      case NODE:
        return t.nodeOf(peer).equals(t.nodeOf(cpu));
      default:
        return false;
    }
  }

  private static boolean holdsSibling(Topology t, List<Integer> rq, int cpu) {
    CpuSet sib = t.siblingsOf(cpu);
    return rq.stream().anyMatch(sib::contains);
  }

  /**
   * {@code cpu_runqueue_siblings_match}: the cores already present, counted with their hardware
   * sibling count, plus this CPU's, must fit {@code maxPerRq}.
   */
  private static boolean siblingsFit(Topology t, List<Integer> rq, int hwSiblings, int maxPerRq) {
    BitSet seen = new BitSet();
    int total = 0;
    for (int rcpu : rq) {
      BitSet sib = t.siblingsOf(rcpu).toBitSet();
      if (!sib.intersects(seen)) {
        seen.or(sib);
        total += hwSiblings;
      }
    }
    return total + hwSiblings <= maxPerRq;
  }
}
