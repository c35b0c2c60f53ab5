package org.hvsched.harness.workload;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.harness.yaml.Values;
import org.hvsched.harness.yaml.YamlNode;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InterferenceClass;

/** Every workload type of spec.md section 3, in the spec's order, and the parser of their keys. */
public final class WorkloadTypes {
  private static final List<WorkloadType> ALL = List.of(CpuBound.TYPE, Periodic.TYPE,
      SleepRun.TYPE, RequestResponse.TYPE, ClosedLoop.TYPE, ParallelJobs.TYPE, Barrier.TYPE,
      Pipe.TYPE);

  private WorkloadTypes() {}

  /** Every type. */
  public static List<WorkloadType> all() {
    return ALL;
  }

  /** The type called {@code id}. */
  public static Optional<WorkloadType> byId(String id) {
    return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The known type words, comma-separated. */
  public static String known() {
    return ALL.stream().map(WorkloadType::id).collect(Collectors.joining(", "));
  }

  /**
   * Reads a {@code type:} workload from {@code r} (whose {@code type} key is present), then
   * rejects unknown keys.
   */
  public static WorkloadSpec parse(MapReader r, WorkloadContext ctx) {
    YamlNode typeNode = r.require("type", "a workload type: " + known());
    String id = Values.text(typeNode, r.path("type"), "a workload type: " + known());
    WorkloadType type = byId(id).orElseThrow(() -> typeNode.location().error(r.path("type")
        + ": unknown workload type '" + id + "', expected one of: " + known()));
    WorkloadCommon common = parseCommon(r, ctx, type.defaultClass());
    WorkloadSpec spec = type.parser().parse(r, common);
    r.finish();
    return spec;
  }

  /** Reads {@code class} (default {@code defaultClass}) and {@code vcpus}. */
  public static WorkloadCommon parseCommon(MapReader r, WorkloadContext ctx,
      InterferenceClass defaultClass) {
    InterferenceClass cls = defaultClass;
    Optional<YamlNode> c = r.get("class");
    if (c.isPresent()) {
      String word = Values.text(c.get(), r.path("class"), "compute, memory, mixed or spin");
      try {
        cls = InterferenceClass.parse(word);
      } catch (IllegalArgumentException e) {
        throw Values.error(c.get(), r.path("class"), "compute, memory, mixed or spin");
      }
    }
    Optional<YamlNode> v = r.get("vcpus");
    if (ctx.thread()) {
      if (v.isPresent()) {
        throw v.get().location().error(r.path("vcpus")
            + ": found a vCPU subset on a VM thread's workload, expected it only on a domain's");
      }
      return new WorkloadCommon(cls, CpuSet.of(0), true);
    }
    if (ctx.vcpus() < 1) {
      throw r.location().error(r.path() + ": found a workload on a domain without vCPUs,"
          + " expected vcpus >= 1");
    }
    CpuSet all = CpuSet.range(0, ctx.vcpus() - 1);
    CpuSet subset = v.map(n -> vcpuList(n, r.path("vcpus"), all)).orElse(all);
    return new WorkloadCommon(cls, subset, false);
  }

  private static CpuSet vcpuList(YamlNode n, String path, CpuSet all) {
    String expected = "vCPU indices within 0-" + all.last() + " (e.g. 0-1 or [0, 2])";
    CpuSet s;
    if (n instanceof YamlNode.Scalar sc && sc.text().equals("all")) {
      s = all;
    } else {
      try {
        s = Values.cpuSet(n, path, null);
      } catch (org.hvsched.topology.InputException e) {
        throw Values.error(n, path, expected);
      }
    }
    if (s.isEmpty() || !all.containsAll(s)) {
      throw Values.error(n, path, expected);
    }
    return s;
  }
}
