package org.hvsched.harness.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.hvsched.core.random.Distribution;
import org.hvsched.harness.workload.ClosedLoop;
import org.hvsched.harness.workload.ParamDoc;
import org.hvsched.harness.workload.RequestResponse;
import org.hvsched.harness.workload.WorkloadCommon;
import org.hvsched.harness.workload.WorkloadSpec;
import org.hvsched.harness.yaml.DistributionParser;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.harness.yaml.Values;
import org.hvsched.topology.InterferenceClass;

/**
 * {@code mutilate}: a memcached-like key-value server under client load. With {@code rate} it is
 * an open-loop {@code request-response} at that rate (mutilate's {@code --qps}); without, a
 * {@code closed-loop} of {@code clients} connections that send the next request as soon as the
 * response arrives (as fast as served). At most {@code threads} requests are served at once
 * (memcached's worker threads). Primary metric {@code throughput} (ops/s, higher is better); the
 * latency percentiles follow.
 */
final class Mutilate {
  private Mutilate() {}

  static final Profile PROFILE = new Profile("mutilate",
      "Key-value server (memcached-like) under client load, open loop at `rate` or closed loop"
          + " as fast as served; result: throughput, with latency percentiles.",
      InterferenceClass.MIXED, "throughput", "ops/s", true,
      List.of(new ParamDoc("threads", "4", "server worker threads (memcached -t)"),
          new ParamDoc("rate", "none", "open-loop request rate (N/s); none: closed loop"),
          new ParamDoc("clients", "16", "connections of the closed loop"),
          new ParamDoc("service", "lognormal(10us,0.5)", "work of one request (distribution)")),
      "memcached's default is 4 worker threads (-t 4). About 10 us of CPU per request through the"
          + " kernel network stack is the order of magnitude of memcached on Linux (roughly 10^5"
          + " requests per second per core); the spread (sigma 0.5) is a judgement.",
      Mutilate::build);

  private static WorkloadSpec build(MapReader r, WorkloadCommon common) {
    int threads = (int) ProfileParams.integer(r, "threads", 1, 100_000, 4);
    OptionalDouble rate = ProfileParams.optionalRate(r, "rate");
    int clients = (int) ProfileParams.integer(r, "clients", 1, 1_000_000, 16);
    Distribution service = ProfileParams.distribution(r, "service",
        new Distribution.LogNormal(10_000, 0.5));
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("threads", (long) threads);
    params.put("rate", rate.isPresent() ? Values.formatRate(rate.getAsDouble()) : "none");
    params.put("clients", (long) clients);
    params.put("service", DistributionParser.format(service));
    WorkloadSpec inner = rate.isPresent()
        ? new RequestResponse(common, rate.getAsDouble(), service, false,
            OptionalInt.of(threads), 4096)
        : new ClosedLoop(common, clients, new Distribution.Const(0), service,
            OptionalInt.of(threads));
    return new ProfileWorkload(PROFILE, common, params, inner::start,
        (res, stats) -> ProfileParams.primary(res, "throughput", "throughput"));
  }
}
