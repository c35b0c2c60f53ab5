package org.hvsched.kvm.cfs.balance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.Topology;

/**
 * The scheduling domains of every CPU of a pool ({@code kernel/sched/topology.c}), built from
 * its topology: SMT (the core's threads), MC (the last-level cache: socket and NUMA node), PKG
 * (the socket), NUMA (the pool). A level whose span equals its child's is dropped, as upstream
 * degenerates it.
 *
 * <p>Simplification: one NUMA level spans the whole pool (upstream builds one per distance
 * step from the SLIT table); clusters and dies are not levels.
 */
public final class SchedDomains {
  private final List<List<SchedDomain>> byCpu = new ArrayList<>();
  private final CpuSet cpus;

  /** Domains of the online CPUs of {@code topology} (the pool's view). */
  public SchedDomains(Topology topology) {
    this.cpus = topology.online();
    for (int cpu = 0; cpu <= cpus.last(); cpu++) {
      byCpu.add(cpus.contains(cpu) ? build(topology, cpu) : List.of());
    }
  }

  /** The domains of {@code cpu}, smallest first. */
  public List<SchedDomain> of(int cpu) {
    return byCpu.get(cpu);
  }

  /** The last-level-cache span of {@code cpu} ({@code sd_llc}). */
  public CpuSet llcOf(int cpu) {
    for (SchedDomain d : byCpu.get(cpu)) {
      if (d.level().equals("MC")) {
        return d.span();
      }
    }
    List<SchedDomain> ds = byCpu.get(cpu);
    return ds.isEmpty() ? CpuSet.of(cpu) : ds.get(0).span();
  }

  private List<SchedDomain> build(Topology topo, int cpu) {
    IntFunction<CpuSet> smt = topo::siblingsOf;
    IntFunction<CpuSet> llc = c -> filter(topo, o -> topo.socketOf(o).equals(topo.socketOf(c))
        && topo.nodeOf(o).equals(topo.nodeOf(c)));
    IntFunction<CpuSet> pkg = c -> topo.cpusOf(topo.socketOf(c));
    IntFunction<CpuSet> all = c -> cpus;
    List<SchedDomain> out = new ArrayList<>();
    IntFunction<CpuSet> child = CpuSet::of;
    child = add(out, cpu, "SMT", smt, child, 110, 0, false);
    child = add(out, cpu, "MC", llc, child, 117, 1, true);
    child = add(out, cpu, "PKG", pkg, child, 117, 1, true);
    add(out, cpu, "NUMA", all, child, 117, 2, true);
    return List.copyOf(out);
  }

  /** Adds the level unless it degenerates; returns the span function the next level groups by. */
  private IntFunction<CpuSet> add(List<SchedDomain> out, int cpu, String level,
      IntFunction<CpuSet> spanOf, IntFunction<CpuSet> child, int pct, int tries,
      boolean preferSibling) {
    CpuSet span = spanOf.apply(cpu);
    if (span.equals(child.apply(cpu)) || span.size() <= 1) {
      return child;
    }
    Set<CpuSet> groups = new LinkedHashSet<>();
    for (int c : span.toArray()) {
      groups.add(child.apply(c).intersect(span));
    }
    out.add(new SchedDomain(level, span, new ArrayList<>(groups), pct, tries, preferSibling));
    return spanOf;
  }

  private CpuSet filter(Topology topo, java.util.function.IntPredicate keep) {
    return CpuSet.of(cpus.stream().filter(keep).toArray());
  }
}
