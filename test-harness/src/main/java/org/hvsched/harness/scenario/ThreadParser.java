package org.hvsched.harness.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hvsched.api.TaskKind;
import org.hvsched.api.imports.ImportedDomain;
import org.hvsched.core.random.Distribution;
import org.hvsched.harness.workload.SleepRun;
import org.hvsched.harness.workload.WorkloadCommon;
import org.hvsched.harness.workload.WorkloadContext;
import org.hvsched.harness.workload.WorkloadSpec;
import org.hvsched.harness.yaml.Location;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.harness.yaml.Values;
import org.hvsched.harness.yaml.YamlNode;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InterferenceClass;
import org.hvsched.topology.Topology;

/**
 * Reads a domain's {@code threads:} (extra VM threads: {@code name}, {@code kind}, {@code
 * affinity}, {@code workload}) and turns imported threads into the same. A thread's default
 * workload is a light {@code sleep-run} (run {@code exp(50us)}, sleep {@code exp(2ms)}): the
 * mostly idle QEMU emulator or I/O thread of spec.md's example.
 */
final class ThreadParser {
  private final Topology topology;

  ThreadParser(Topology topology) {
    this.topology = topology;
  }

  /** The default workload of an extra VM thread. */
  static WorkloadSpec defaultWorkload() {
    return new SleepRun(new WorkloadCommon(InterferenceClass.MIXED, CpuSet.of(0), true),
        new Distribution.Exp(50_000), new Distribution.Exp(2_000_000));
  }

  List<ThreadDef> parseAll(YamlNode node, String path) {
    if (!(node instanceof YamlNode.Sequence seq)) {
      throw Values.error(node, path, "a list of {name, kind, affinity, workload}");
    }
    List<ThreadDef> out = new ArrayList<>();
    for (int i = 0; i < seq.items().size(); i++) {
      ThreadDef t = one(seq.items().get(i), path + "[" + i + "]");
      check(out, t, path + "[" + i + "].name");
      out.add(t);
    }
    return out;
  }

  List<ThreadDef> imported(ImportedDomain d, Location at) {
    List<ThreadDef> out = new ArrayList<>();
    for (ImportedDomain.ExtraThread e : d.threads()) {
      TaskKind kind = kind(e.kind()).orElseThrow(() -> at.error("imported thread " + e.name()
          + ": kind '" + e.kind() + "', expected emulator, io-thread or kernel-worker"));
      Optional<CpuSet> affinity = e.affinity().map(text -> parseImported(text, e.name(), at));
      ThreadDef t = new ThreadDef(e.name(), kind, affinity, defaultWorkload(), at);
      check(out, t, "imported thread " + e.name());
      out.add(t);
    }
    return out;
  }

  private CpuSet parseImported(String text, String name, Location at) {
    try {
      CpuSet s = CpuSet.parse(text, topology);
      if (s.isEmpty() || !topology.online().containsAll(s)) {
        throw at.error("imported thread " + name + ": affinity '" + text + "' has no online CPU"
            + " or CPUs that are not online, expected CPUs within " + topology.online());
      }
      return s;
    } catch (IllegalArgumentException e) {
      throw at.error("imported thread " + name + ": '" + text + "' is not a CPU set: "
          + e.getMessage());
    }
  }

  private ThreadDef one(YamlNode node, String path) {
    MapReader r = MapReader.of(node, path);
    String name = Values.name(r.require("name", "a thread name such as emulator"),
        r.path("name"));
    TaskKind kind = r.get("kind").map(n -> kind(Values.text(n, r.path("kind"), "a kind"))
        .orElseThrow(() -> Values.error(n, r.path("kind"), "emulator, io-thread or"
            + " kernel-worker"))).orElse(name.equals("emulator") ? TaskKind.EMULATOR
            : TaskKind.IO_THREAD);
    Optional<CpuSet> affinity = r.get("affinity").map(n -> {
      CpuSet s = Values.cpuSet(n, r.path("affinity"), topology);
      if (s.isEmpty() || !topology.online().containsAll(s)) {
        throw Values.error(n, r.path("affinity"), "online CPUs within " + topology.online());
      }
      return s;
    });
    WorkloadSpec workload = r.get("workload")
        .map(n -> WorkloadParser.parse(n, r.path("workload"), WorkloadContext.vmThread()))
        .orElse(defaultWorkload());
    r.finish();
    return new ThreadDef(name, kind, affinity, workload, node.location());
  }

  private static Optional<TaskKind> kind(String text) {
    for (TaskKind k : TaskKind.values()) {
      if (k != TaskKind.VCPU && k.id().equals(text.toLowerCase(Locale.ROOT))) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  private static void check(List<ThreadDef> earlier, ThreadDef t, String path) {
    if (t.name().matches("vcpu\\d+")) {
      throw t.location().error(path + ": found '" + t.name() + "', expected a name that is not"
          + " a vCPU's (vcpuN)");
    }
    for (ThreadDef o : earlier) {
      if (o.name().equals(t.name())) {
        throw t.location().error(path + ": found '" + t.name() + "' again, expected a name no"
            + " other thread of the domain has");
      }
    }
  }
}
