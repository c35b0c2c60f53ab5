package org.hvsched.harness.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.hvsched.api.Policies;
import org.hvsched.api.PolicyProvider;
import org.hvsched.core.Simulation;
import org.hvsched.core.engine.EventQueueHold;
import org.hvsched.core.stats.RunOutcome;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.harness.bench.BenchScenarios.Size;

/**
 * The engine's throughput on this machine, for every policy on the class path
 * ({@link Policies#all()}): events per second and simulated seconds per wall second, and the
 * events per second as a ratio to the bare event queue (hold model, as many events pending as
 * the scenario keeps) measured in the same run. Each figure is measured after a warm-up of the
 * same work (at least {@link #WARMUP_NS} of wall time and {@link #WARMUP_RUNS} runs, so the JIT
 * has compiled the hot paths), over repeated runs of at least {@link #MEASURE_NS} of wall time.
 * Besides wall time, the thread's CPU time is measured: on a shared machine it is the steadier
 * figure ({@code cpu ev/s}). {@code --quick} measures the small scenario only (under a minute);
 * the full run adds medium and large and samples the heap along the medium scenario's
 * simulated time.
 */
public final class EngineBench {
  /** Wall time each figure is measured over (at least one whole run). */
  static final long MEASURE_NS = 2_000_000_000L;
  /** Wall time of the warm-up before each figure. */
  static final long WARMUP_NS = 2_000_000_000L;
  /** Runs of the warm-up before each engine figure, at least. */
  static final int WARMUP_RUNS = 5;
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private EngineBench() {}

  /** The bare queue's rate for a scenario, per wall second and per CPU second. */
  public record Ceiling(Size size, int pending, double eventsPerSec, double eventsPerCpuSec) {}

  /**
   * One policy on one scenario: events, simulated and wall time, rates, and the ratios of its
   * event rates to the bare queue's (wall and CPU).
   */
  public record Row(String policy, Size size, long events, long simulatedNs, long wallNs,
      long cpuNs, double eventsPerSec, double simulatedPerWall, double ratioToQueue,
      double ratioToQueueCpu) {}

  /**
   * A policy as measured: its defaults, or a setting that switches on what the comparison is
   * about (core scheduling), labelled e.g. {@code kvm.cfs+vcpus}.
   */
  record Variant(PolicyProvider provider, Map<String, String> settings, String label) {}

  /**
   * Every provider with its defaults, plus the isolating variants of the policies the
   * comparison uses (credit2 with {@code schedGran: core}, CFS and EEVDF with
   * {@code coreSched: vcpus}) when they are on the class path.
   */
  static List<Variant> variants() {
    List<Variant> out = new ArrayList<>();
    for (PolicyProvider p : Policies.all()) {
      out.add(new Variant(p, Map.of(), p.id()));
      String key = p.id().startsWith("xen.") ? "schedGran" : p.id().startsWith("kvm.")
          ? "coreSched" : null;
      String value = "schedGran".equals(key) ? "core" : "vcpus";
      if (key != null && p.settings().stream().anyMatch(d -> d.name().equals(key))) {
        out.add(new Variant(p, Map.of(key, value), p.id() + "+" + value));
      }
    }
    return out;
  }

  /** Everything measured. */
  public record Report(List<Ceiling> ceilings, List<Row> rows, List<HeapProbe.Sample> heap) {}

  /** Runs the benchmark, printing as it goes; {@code quick}: the small scenario only. */
  public static Report run(boolean quick, PrintStream out) {
    List<Size> sizes = quick ? List.of(Size.SMALL) : List.of(Size.values());
    List<Ceiling> ceilings = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    out.println("hvsched bench" + (quick ? " --quick" : "") + ": wall-clock figures of this"
        + " machine (Java " + System.getProperty("java.version") + ", "
        + Runtime.getRuntime().availableProcessors() + " CPUs)");
    out.println(String.format(Locale.ROOT, "%-18s %-8s %11s %11s %7s %12s %7s %13s",
        "policy", "scenario", "events", "events/s", "ratio", "cpu ev/s", "ratio",
        "sim-s/wall-s"));
    for (Size size : sizes) {
      Ceiling c = ceiling(size);
      ceilings.add(c);
      out.println(String.format(Locale.ROOT, "%-18s %-8s %11s %11.0f %7s %12.0f %7s %13s",
          "(queue)", size.id(), "pending " + c.pending(), c.eventsPerSec(), "1.00",
          c.eventsPerCpuSec(), "1.00", "-"));
      for (Variant v : variants()) {
        Row r = measure(v, size, c);
        rows.add(r);
        out.println(String.format(Locale.ROOT, "%-18s %-8s %11d %11.0f %7.2f %12.0f %7.2f %13.1f",
            r.policy(), size.id(), r.events(), r.eventsPerSec(), r.ratioToQueue(),
            r.events() * 1e9 / r.cpuNs(), r.ratioToQueueCpu(), r.simulatedPerWall()));
      }
    }
    List<HeapProbe.Sample> heap = List.of();
    if (!quick) {
      heap = HeapProbe.sample(Policies.byId("basic.rr"), Size.MEDIUM, 2_000_000_000L);
      for (HeapProbe.Sample s : heap) {
        out.println(String.format(Locale.ROOT, "heap medium basic.rr at %5.2f s simulated:"
            + " %6.1f MB used after GC", s.simulatedNs() / 1e9, s.usedBytes() / 1e6));
      }
    }
    return new Report(ceilings, rows, heap);
  }

  /** The bare queue at the scenario's typical number of pending events. */
  static Ceiling ceiling(Size size) {
    int cpus = org.hvsched.topology.SyntheticSpec.parse(size.host()).cpuCount();
    int pending = cpus * 2 + size.vms() * size.vcpus();
    EventQueueHold hold = new EventQueueHold(pending, 1);
    long sink = 0;
    long batch = 1_000_000;
    long end = System.nanoTime() + WARMUP_NS;
    while (System.nanoTime() < end) {
      sink += hold.steps(batch);
    }
    long steps = 0;
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long now;
    do {
      sink += hold.steps(batch);
      steps += batch;
      now = System.nanoTime();
    } while (now - start < MEASURE_NS);
    long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
    blackhole(sink);
    return new Ceiling(size, pending, steps * 1e9 / (now - start), steps * 1e9 / cpu);
  }

  static Row measure(Variant p, Size size, Ceiling ceiling) {
    long durationNs = size.defaultDurationNs();
    long end = System.nanoTime() + WARMUP_NS;
    int warm = 0;
    do {
      runOnce(p, size, durationNs, 1_000 + warm++);
    } while (System.nanoTime() < end || warm < WARMUP_RUNS);
    long events = 0;
    long simulated = 0;
    long seed = 1;
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long now;
    do {
      RunOutcome out = runOnce(p, size, durationNs, seed++);
      events += out.events();
      simulated += durationNs;
      now = System.nanoTime();
    } while (now - start < MEASURE_NS);
    long wall = now - start;
    long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
    double rate = events * 1e9 / wall;
    double cpuRate = events * 1e9 / cpu;
    return new Row(p.label(), size, events, simulated, wall, cpu, rate, (double) simulated / wall,
        rate / ceiling.eventsPerSec(), cpuRate / ceiling.eventsPerCpuSec());
  }

  static RunOutcome runOnce(Variant v, Size size, long durationNs, long seed) {
    return Simulation.run(BenchScenarios.spec(size, v.provider(),
        v.provider().resolve(v.settings()), durationNs, seed, TraceSink.NONE));
  }

  private static volatile long blackhole;

  private static void blackhole(long v) {
    blackhole += v;
  }

  /** {@code [--quick]}: prints the figures. */
  public static void main(String[] args) {
    boolean quick = List.of(args).contains("--quick");
    run(quick, System.out);
  }
}
