package org.hvsched.harness.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.hvsched.api.Capability;
import org.hvsched.api.Domain;
import org.hvsched.api.TaskKind;
import org.hvsched.core.HostCosts;
import org.hvsched.core.random.Distribution;
import org.hvsched.topology.Core;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InterferenceClass;
import org.hvsched.topology.SmtModel;
import org.hvsched.topology.Topology;

/**
 * Random small scenarios from a seed (the same seed gives the same scenario): a host among
 * {@code 1x2x2}, {@code 1x4x2}, {@code 2x2x2}, {@code 1x2x4} and Xen-numbered {@code 1x4x2}, a
 * quarter of them as the SMT-off view; one pool or, now and then, two; one to four domains of one
 * to four vCPUs with random weights, sometimes an extra VM thread, a shared trust domain,
 * restricted affinities (whole cores, or single threads per vCPU) and caps (the SMT-off views
 * only where the settings allow them); workloads mixing
 * always-busy, sleep-run with random distributions and spin/block pairs; random host costs
 * (switches faster or slower than IPIs, zero costs) and sometimes interrupt load and a memory
 * bandwidth limit. Affinities are restricted only for policies declaring
 * {@link Capability#HARD_AFFINITY}, caps given only to those declaring {@link Capability#CAPS}.
 * The load stays bounded: at most 4 domains x (4 vCPUs + 1 thread) = 20 tasks.
 */
public final class ScenarioGenerator {
  private static final String[] HOSTS = {"1x2x2", "1x4x2", "2x2x2", "1x2x4",
      "1x4x2,numbering=xen"};
  private static final int[] WEIGHTS = {64, 128, 256, 256, 512, 1024};
  private static final int[] CAPS = {25, 50, 100, 150};
  private static final InterferenceClass[] CLASSES = {InterferenceClass.COMPUTE,
      InterferenceClass.MEMORY, InterferenceClass.MIXED};

  private final boolean affinities;
  private final boolean caps;
  private final boolean threadPinning;
  private final boolean smtOff;

  /**
   * A generator for a policy with {@code capabilities}; {@code threadPinning} allows pinning
   * single vCPUs to single threads (off for policies whose affinity is per scheduling unit).
   */
  public ScenarioGenerator(Set<Capability> capabilities, boolean threadPinning) {
    this(capabilities, threadPinning, true);
  }

  /** As above; {@code smtOff} allows SMT-off views (off for settings that need SMT). */
  public ScenarioGenerator(Set<Capability> capabilities, boolean threadPinning, boolean smtOff) {
    this.affinities = capabilities.contains(Capability.HARD_AFFINITY);
    this.caps = capabilities.contains(Capability.CAPS);
    this.threadPinning = threadPinning;
    this.smtOff = smtOff;
  }

  /** The scenario of {@code seed}. */
  public KitScenario generate(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String host = HOSTS[r.nextInt(HOSTS.length)];
    boolean off = r.nextInt(4) == 0;
    ScenarioBuilder b = new ScenarioBuilder(seed, host, off && smtOff);
    b.costs(costs(r));
    if (r.nextInt(5) == 0) {
      b.smtModel(SmtModel.builder().memoryStreamsPerSocket(1 + r.nextInt(4)).build());
    }
    List<CpuSet> cores = onlineCores(b.topology());
    List<String> poolNames = pools(b, cores, r);
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      String pool = poolNames.get(r.nextInt(poolNames.size()));
      addDomain(b, r, i, pool, coresIn(cores, b.poolCpus(pool)));
    }
    long durationNs = (80 + r.nextInt(81)) * 1_000_000L;
    long warmupNs = r.nextInt(5) == 0 ? 10_000_000L : 0;
    return b.build(durationNs, warmupNs);
  }

  private static HostCosts costs(SplittableRandom r) {
    long[] switches = {0, 500, 2_000, 2_000, 5_000};
    long[] ipis = {0, 1_000, 1_000, 3_000};
    long[] rendezvous = {0, 1_000, 3_000};
    boolean irq = r.nextInt(4) == 0;
    double rate = irq ? (r.nextBoolean() ? 2_000 : 20_000) : 0;
    Distribution cost = r.nextBoolean() ? new Distribution.Exp(5_000)
        : new Distribution.Const(3_000);
    return new HostCosts(switches[r.nextInt(switches.length)], ipis[r.nextInt(ipis.length)],
        rendezvous[r.nextInt(rendezvous.length)], rate, cost);
  }

  private static List<String> pools(ScenarioBuilder b, List<CpuSet> cores, SplittableRandom r) {
    if (cores.size() < 2 || r.nextInt(5) != 0) {
      return List.of("pool0");
    }
    int split = 1 + r.nextInt(cores.size() - 1);
    b.pool("pool0", union(cores.subList(0, split)));
    b.pool("pool1", union(cores.subList(split, cores.size())));
    return List.of("pool0", "pool1");
  }

  private void addDomain(ScenarioBuilder b, SplittableRandom r, int i, String pool,
      List<CpuSet> poolCores) {
    int vcpus = 1 + r.nextInt(4);
    int cap = caps && r.nextInt(5) == 0 ? CAPS[r.nextInt(CAPS.length)] : 0;
    CpuSet affinity = union(poolCores);
    if (affinities && r.nextInt(3) == 0) {
      affinity = randomCores(poolCores, r);
    }
    String name = "vm" + (i + 1);
    String trust = i > 0 && r.nextInt(8) == 0 ? "shared" : name;
    if (i == 0 && r.nextInt(8) == 0) {
      trust = "shared";
    }
    Domain d = b.domain(name, vcpus, WEIGHTS[r.nextInt(WEIGHTS.length)], cap, affinity, trust,
        pool);
    boolean pin = affinities && threadPinning && r.nextInt(6) == 0;
    int kind = r.nextInt(4);
    int first = b.nextTaskId();
    for (int v = 0; v < vcpus; v++) {
      CpuSet own = pin ? CpuSet.of(pick(affinity, r)) : affinity;
      b.task(d, TaskKind.VCPU, v, own, workload(kind, v, vcpus, first, r));
    }
    if (r.nextInt(6) == 0) {
      b.task(d, TaskKind.EMULATOR, -1, affinity, new KitWorkload.SleepRun(
          distribution(r, 20_000, 200_000), distribution(r, 500_000, 5_000_000),
          InterferenceClass.MIXED));
    }
  }

  /**
   * Workload of vCPU {@code v}: kind 0 busy, 1 sleep-run, 2 pairs of consecutive vCPUs (an odd
   * one out runs sleep-run), 3 busy or sleep-run chosen per vCPU.
   */
  private static KitWorkload workload(int kind, int v, int vcpus, int firstId,
      SplittableRandom r) {
    if (kind == 2 && (v % 2 == 1 || v + 1 < vcpus)) {
      boolean starts = v % 2 == 0;
      int partner = firstId + (starts ? v + 1 : v - 1);
      return new KitWorkload.Pair(partner, distribution(r, 20_000, 500_000), r.nextBoolean(),
          starts);
    }
    InterferenceClass cls = CLASSES[r.nextInt(CLASSES.length)];
    int k = kind == 3 ? r.nextInt(2) : kind;
    if (k == 0) {
      return new KitWorkload.CpuBound(distribution(r, 200_000, 5_000_000), cls);
    }
    return new KitWorkload.SleepRun(distribution(r, 50_000, 3_000_000),
        distribution(r, 50_000, 5_000_000), cls);
  }

  /** A random distribution with a mean drawn log-uniformly from [loNs, hiNs]. */
  static Distribution distribution(SplittableRandom r, long loNs, long hiNs) {
    long mean = Math.round(loNs * Math.pow((double) hiNs / loNs, r.nextDouble()));
    return switch (r.nextInt(5)) {
      case 0 -> new Distribution.Const(mean);
      case 1 -> new Distribution.Exp(mean);
      case 2 -> new Distribution.Uniform(mean / 2, mean + mean / 2);
      case 3 -> new Distribution.LogNormal(mean, 0.5 + r.nextDouble());
      default -> new Distribution.Pareto(mean, 1.5 + r.nextDouble() * 1.5);
    };
  }

  private static List<CpuSet> onlineCores(Topology t) {
    List<CpuSet> out = new ArrayList<>();
    for (Core c : t.cores()) {
      CpuSet online = c.threads().intersect(t.online());
      if (!online.isEmpty()) {
        out.add(online);
      }
    }
    return out;
  }

  private static List<CpuSet> coresIn(List<CpuSet> cores, CpuSet pool) {
    return cores.stream().filter(pool::containsAll).toList();
  }

  private static CpuSet randomCores(List<CpuSet> cores, SplittableRandom r) {
    CpuSet out = CpuSet.empty();
    for (CpuSet c : cores) {
      if (r.nextBoolean()) {
        out = out.union(c);
      }
    }
    return out.isEmpty() ? cores.get(r.nextInt(cores.size())) : out;
  }

  private static int pick(CpuSet set, SplittableRandom r) {
    int[] cpus = set.toArray();
    return cpus[r.nextInt(cpus.length)];
  }

  private static CpuSet union(List<CpuSet> sets) {
    CpuSet out = CpuSet.empty();
    for (CpuSet s : sets) {
      out = out.union(s);
    }
    return out;
  }
}
