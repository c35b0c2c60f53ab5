package org.hvsched.harness.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hvsched.harness.workload.Hogs;
import org.hvsched.harness.workload.Metric;
import org.hvsched.harness.workload.ParamDoc;
import org.hvsched.harness.workload.WorkloadCommon;
import org.hvsched.harness.workload.WorkloadResult;
import org.hvsched.harness.workload.WorkloadSpec;
import org.hvsched.harness.workload.WorkloadStats;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.topology.InterferenceClass;

/**
 * {@code stream}: STREAM-like memory-bandwidth-bound threads: {@code threads} busy guest threads
 * of class {@code memory} (so a busy sibling takes bandwidth rather than adding throughput, per
 * the SMT model) over the VM's vCPUs. Primary metric {@code bandwidth} in MB/s (10^6 bytes/s,
 * STREAM's unit, higher is better) = {@code threadBandwidth} x work done / measured time: a thread
 * at full speed moves {@code threadBandwidth}.
 */
final class Stream {
  private Stream() {}

  static final Profile PROFILE = new Profile("stream",
      "Memory-bandwidth-bound threads (STREAM triad-like, class memory);"
          + " result: bandwidth in MB/s.",
      InterferenceClass.MEMORY, "bandwidth", "MB/s", true,
      List.of(new ParamDoc("threads", "vCPUs", "number of streaming threads (OMP_NUM_THREADS)"),
          new ParamDoc("threadBandwidth", "10000",
              "MB/s one thread moves at full speed, alone on its core")),
      "10,000 MB/s per thread is the order of single-thread STREAM Triad on current x86 server"
          + " cores (about 10-15 GB/s); a per-socket bandwidth ceiling belongs to the SMT model's"
          + " memory limit, not to this profile.",
      Stream::build);

  private static WorkloadSpec build(MapReader r, WorkloadCommon common) {
    int threads = (int) ProfileParams.integer(r, "threads", 1, 100_000, common.active());
    long perThread = ProfileParams.integer(r, "threadBandwidth", 1, 10_000_000, 10_000);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("threads", (long) threads);
    params.put("threadBandwidth", perThread);
    return new ProfileWorkload(PROFILE, common, params,
        env -> new Hogs(env, common.cls(), threads, 100, Hogs.GUEST_SLICE_NS),
        (res, stats) -> bandwidth(res, stats, perThread));
  }

  private static WorkloadResult bandwidth(WorkloadResult res, WorkloadStats stats,
      long perThread) {
    double mbPerSec = perThread * (double) stats.workNs() / stats.measuredNs();
    List<Metric> out = new ArrayList<>();
    out.add(new Metric("bandwidth", mbPerSec, "MB/s", true));
    out.addAll(res.metrics());
    return new WorkloadResult(out, res.requests(), res.makespanNs());
  }
}
