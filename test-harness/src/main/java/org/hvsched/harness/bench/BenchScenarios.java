package org.hvsched.harness.bench;

import java.util.Locale;
import org.hvsched.api.Domain;
import org.hvsched.api.PolicyProvider;
import org.hvsched.api.settings.ResolvedSettings;
import org.hvsched.core.SimulationSpec;
import org.hvsched.core.random.Distribution;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.harness.tck.KitScenario;
import org.hvsched.harness.tck.KitWorkload;
import org.hvsched.harness.tck.ScenarioBuilder;
import org.hvsched.topology.InterferenceClass;

/**
 * The engine benchmark's scenarios (issue 10), as {@link SimulationSpec}s for any policy:
 * <ul>
 *   <li>{@code small}: {@code 1x4x2}, 4 VMs x 2 vCPUs;
 *   <li>{@code medium}: {@code 2x16x2}, 32 VMs x 4 vCPUs;
 *   <li>{@code large}: {@code 8x64x2}, 1024 VMs x 4 vCPUs.
 * </ul>
 * Every size mixes the same four workloads over its VMs (VM i gets kind i mod 4): always busy
 * (compute, bursts of 1 ms: a build or a batch job), sleep-run (mixed, exp(1ms) run /
 * exp(3ms) sleep: a service at about a quarter load), pairs of vCPUs handing work back and forth
 * (exp(250us) each way, blocking: message passing), and sleep-run of memory work
 * (lognormal(2ms) run / exp(2ms) sleep). Host costs are the defaults, without interrupts.
 */
public final class BenchScenarios {
  private BenchScenarios() {}

  /** The three sizes. */
  public enum Size {
    SMALL("1x4x2", 4, 2, 2_000_000_000L),
    MEDIUM("2x16x2", 32, 4, 500_000_000L),
    LARGE("8x64x2", 1024, 4, 20_000_000L);

    private final String host;
    private final int vms;
    private final int vcpus;
    private final long defaultDurationNs;

    Size(String host, int vms, int vcpus, long defaultDurationNs) {
      this.host = host;
      this.vms = vms;
      this.vcpus = vcpus;
      this.defaultDurationNs = defaultDurationNs;
    }

    /** The synthetic host spec. */
    public String host() {
      return host;
    }

    /** Number of VMs. */
    public int vms() {
      return vms;
    }

    /** vCPUs per VM. */
    public int vcpus() {
      return vcpus;
    }

    /** The simulated time one benchmark run covers by default. */
    public long defaultDurationNs() {
      return defaultDurationNs;
    }

    /** Lowercase name. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The scenario of {@code size} (policy-independent), running {@code durationNs}. */
  public static KitScenario scenario(Size size, long durationNs, long seed) {
    ScenarioBuilder b = new ScenarioBuilder(seed, size.host(), false);
    for (int v = 0; v < size.vms(); v++) {
      Domain d = b.domain("vm" + (v + 1), size.vcpus(), 256, 0, b.topology().online(),
          "vm" + (v + 1), "pool0");
      int kind = v % 4;
      int first = b.nextTaskId();
      for (int i = 0; i < size.vcpus(); i++) {
        b.task(d, org.hvsched.api.TaskKind.VCPU, i, d.hardAffinity(), workload(kind, first, i,
            size.vcpus()));
      }
    }
    return b.build(durationNs, 0);
  }

  /** The spec of {@code size} for {@code provider} with {@code settings}, without checks. */
  public static SimulationSpec spec(Size size, PolicyProvider provider,
      ResolvedSettings settings, long durationNs, long seed, TraceSink trace) {
    return scenario(size, durationNs, seed).spec(provider, settings, trace, false);
  }

  private static KitWorkload workload(int kind, int firstId, int vcpu, int vcpus) {
    switch (kind) {
      case 0:
        return new KitWorkload.CpuBound(new Distribution.Const(1_000_000),
            InterferenceClass.COMPUTE);
      case 1:
        return new KitWorkload.SleepRun(new Distribution.Exp(1_000_000),
            new Distribution.Exp(3_000_000), InterferenceClass.MIXED);
      case 2:
        if (vcpu % 2 == 1 || vcpu + 1 < vcpus) {
          boolean starts = vcpu % 2 == 0;
          return new KitWorkload.Pair(firstId + (starts ? vcpu + 1 : vcpu - 1),
              new Distribution.Exp(250_000), false, starts);
        }
        return new KitWorkload.CpuBound(new Distribution.Const(1_000_000),
            InterferenceClass.MIXED);
      default:
        return new KitWorkload.SleepRun(new Distribution.LogNormal(2_000_000, 1.0),
            new Distribution.Exp(2_000_000), InterferenceClass.MEMORY);
    }
  }
}
