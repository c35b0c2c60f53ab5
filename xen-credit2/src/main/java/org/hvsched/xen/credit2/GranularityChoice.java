package org.hvsched.xen.credit2;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.hvsched.api.Granularity;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.Topology;

/**
 * The granularity a pool really gets and its resources ({@code cpupool_check_granularity},
 * {@code cpupool_gran_init}, {@code sched_get_opt_cpumask} in {@code cpupool.c}/{@code core.c}).
 * Every online CPU must have the same number of CPUs in its core (gran core) or socket (gran
 * socket) mask; otherwise Xen falls back one step (socket to core, core to cpu) and warns
 * "Asymmetric cpu configuration". Masks hold online CPUs only, so with SMT off {@code core}
 * passes with one thread per resource.
 *
 * @param requested what the settings asked for
 * @param effective what the pool runs
 * @param threadsPerResource CPUs per resource ({@code sched_granularity})
 * @param resources the resources' CPUs, ordered by their lowest (master) CPU
 * @param fallbackNote Xen's warning when it fell back, else empty
 */
public record GranularityChoice(Granularity requested, Granularity effective,
    int threadsPerResource, List<CpuSet> resources, String fallbackNote) {

  public GranularityChoice {
    requireNonNull(requested, "requested");
    requireNonNull(effective, "effective");
    resources = List.copyOf(resources);
    requireNonNull(fallbackNote, "fallbackNote");
  }

  /** Resolves {@code requested} on the pool's topology, falling back as Xen does at boot. */
  public static GranularityChoice resolve(Granularity requested, Topology pool) {
    Granularity g = requested;
    List<String> steps = new ArrayList<>();
    int gran = check(g, pool);
    while (gran == 0) {
      Granularity finer = g == Granularity.SOCKET ? Granularity.CORE : Granularity.THREAD;
      steps.add(String.format("%s CPUs per %s differ", g.id(), g == Granularity.SOCKET
          ? "socket" : "core"));
      g = finer;
      gran = check(g, pool);
    }
    String note = steps.isEmpty() ? "" : String.format(
        "Asymmetric cpu configuration. Falling back to sched-gran=%s (requested %s; %s).",
        g.id(), requested.id(), String.join("; ", steps));
    return new GranularityChoice(requested, g, gran, resourcesOf(g, pool), note);
  }

  /** {@code cpupool_check_granularity}: CPUs per resource, or 0 when they are not uniform. */
  static int check(Granularity g, Topology pool) {
    int gran = 0;
    for (int cpu : pool.online().toArray()) {
      int n = maskOf(g, pool, cpu).size();
      if (gran == 0) {
        gran = n;
      } else if (gran != n) {
        return 0;
      }
    }
    return gran;
  }

  private static CpuSet maskOf(Granularity g, Topology pool, int cpu) {
    switch (g) {
      case CORE:
        return pool.siblingsOf(cpu);
      case SOCKET:
        return pool.cpusOf(pool.socketOf(cpu));
      default:
        return CpuSet.of(cpu);
    }
  }

  private static List<CpuSet> resourcesOf(Granularity g, Topology pool) {
    TreeMap<Integer, CpuSet> byMaster = new TreeMap<>();
    for (int cpu : pool.online().toArray()) {
      CpuSet m = maskOf(g, pool, cpu);
      byMaster.put(m.first(), m);
    }
    return new ArrayList<>(byMaster.values());
  }
}
