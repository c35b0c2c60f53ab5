package org.hvsched.xen.credit2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hvsched.api.Domain;
import org.hvsched.api.Task;
import org.hvsched.api.TaskKind;
import org.hvsched.topology.CpuSet;
import org.junit.jupiter.api.Test;

/**
 * Random hosts, settings and domains through the fake host, with checkInvariants after every
 * event and the host's own checks (one CPU per task, no blocked task running, one domain per
 * core when isolating); every runnable task must get some CPU when the host is not overloaded.
 */
final class Credit2SoakTest {
  private static final long MS = 1_000_000L;
  private static final String[] HOSTS = {"1x1x1", "1x2x2", "2x2x2", "1x4x2", "2x2x1",
      "2x3x2,numbering=xen", "1x8x2", "2x2x2,nodes=2"};
  private static final String[] GRANS = {"cpu", "core", "socket"};
  private static final String[] RUNQUEUES = {"cpu", "core", "socket", "node", "all"};

  @Test
  void randomConfigurations_keepEveryInvariant() {
    long seed = Long.getLong("hvsched.seed", System.identityHashCode(this));
    int iterations = Integer.getInteger("hvsched.fuzz.iterations", 40);
    System.out.println("Credit2SoakTest seed=" + seed + " (-Dhvsched.seed=" + seed
        + " replays)");
    Random rnd = new Random(seed);
    for (int i = 0; i < iterations; i++) {
      long caseSeed = rnd.nextLong();
      runCase(caseSeed, "seed " + seed + " case " + i + " (case seed " + caseSeed + ")");
    }
  }

  private static void runCase(long caseSeed, String label) {
    Random r = new Random(caseSeed);
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("schedGran", GRANS[r.nextInt(GRANS.length)]);
    settings.put("runqueue", RUNQUEUES[r.nextInt(RUNQUEUES.length)]);
    settings.put("ratelimitUs", r.nextBoolean() ? 1000 : r.nextBoolean() ? 0 : 100);
    settings.put("maxCpusRunqueue", 1 + r.nextInt(16));
    settings.put("smtPowerSavings", r.nextInt(4) == 0);
    settings.put("balanceThresholdQuirk", r.nextBoolean());
    settings.put("migrateResistUs", r.nextInt(3) * 250);
    FakeHost h = new FakeHost(HOSTS[r.nextInt(HOSTS.length)], settings);
    CpuSet online = h.topology.online();
    int domains = 1 + r.nextInt(5);
    List<Task> all = new ArrayList<>();
    for (int d = 0; d < domains; d++) {
      boolean socket = settings.get("schedGran").equals("socket");
      CpuSet hard = !socket && r.nextInt(4) == 0 ? wholeCoresOf(h, r) : online;
      CpuSet soft = r.nextInt(4) == 0 ? wholeCoresOf(h, r) : CpuSet.empty();
      int vcpus = 1 + r.nextInt(5);
      int cap = r.nextInt(4) == 0 ? 10 + r.nextInt(90) : 0;
      Domain dom = h.domain("vm" + d, vcpus, 64 + r.nextInt(1024), cap, hard, soft);
      for (int v = 0; v < vcpus; v++) {
        all.add(h.vcpu(dom, v, program(r)));
      }
      if (r.nextInt(3) == 0) {
        all.add(h.task(dom, dom.name() + "/emulator", TaskKind.EMULATOR, -1, program(r)));
      }
    }
    h.tracing = r.nextBoolean();
    h.start();
    try {
      h.runUntil(300 * MS);
    } catch (RuntimeException | AssertionError e) {
      throw new AssertionError(label + ": " + e.getMessage(), e);
    }
    long total = all.stream().mapToLong(h::cpuNs).sum();
    assertThat(total).as(label).isPositive().isLessThanOrEqualTo(300 * MS * online.size());
  }

  private static FakeHost.Program program(Random r) {
    switch (r.nextInt(3)) {
      case 0:
        return FakeHost.Program.busy();
      case 1:
        return new FakeHost.Program(r.nextInt(5) * MS, (1 + r.nextInt(3000)) * 1000L,
            (1 + r.nextInt(5000)) * 1000L);
      default:
        return new FakeHost.Program(r.nextInt(20) * MS, (50 + r.nextInt(500)) * 1000L,
            (10 + r.nextInt(200)) * 1000L);
    }
  }

  /** A random non-empty set of whole cores (valid for every granularity but socket). */
  private static CpuSet wholeCoresOf(FakeHost h, Random r) {
    CpuSet out = CpuSet.empty();
    for (var core : h.topology.cores()) {
      if (r.nextBoolean()) {
        out = out.union(core.threads());
      }
    }
    return out.isEmpty() ? h.topology.online() : out;
  }
}
