package org.hvsched.harness.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.hvsched.core.random.Distribution;
import org.hvsched.harness.workload.ParamDoc;
import org.hvsched.harness.workload.RequestResponse;
import org.hvsched.harness.workload.WorkloadCommon;
import org.hvsched.harness.workload.WorkloadSpec;
import org.hvsched.harness.yaml.DistributionParser;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.harness.yaml.Values;
import org.hvsched.topology.InterferenceClass;

/**
 * {@code netperf-rr}: small request/response transactions (netperf TCP_RR) arriving at
 * {@code rate}, built from {@code request-response} with a shared queue: the latency is mostly
 * how fast an idle vCPU is woken and run. Primary metric {@code latency}: the median response
 * time (ns, lower is better); {@code latencyP99} is also reported.
 */
final class NetperfRr {
  private NetperfRr() {}

  static final Profile PROFILE = new Profile("netperf-rr",
      "Small request/response transactions (netperf TCP_RR-like) at a given rate;"
          + " result: median latency, p99 also reported.",
      InterferenceClass.MIXED, "latency", "ns", false,
      List.of(new ParamDoc("rate", "10000/s", "transactions per second (Poisson)"),
          new ParamDoc("service", "const(10us)", "guest work per transaction (distribution)")),
      "A 1-byte TCP_RR transaction costs the guest on the order of 10 us of CPU (interrupt,"
          + " network stack, netserver's recv and send); 10,000 transactions/s keeps the VM"
          + " mostly idle, so the latency measures wake-up and scheduling delay (a judgement).",
      NetperfRr::build);

  private static WorkloadSpec build(MapReader r, WorkloadCommon common) {
    double rate = r.get("rate").map(n -> {
      double v = Values.ratePerSec(n, r.path("rate"));
      if (v <= 0) {
        throw Values.error(n, r.path("rate"), "a rate greater than zero");
      }
      return v;
    }).orElse(10_000.0);
    Distribution service = ProfileParams.distribution(r, "service",
        new Distribution.Const(10_000));
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("rate", Values.formatRate(rate));
    params.put("service", DistributionParser.format(service));
    RequestResponse inner = new RequestResponse(common, rate, service, false,
        OptionalInt.empty(), 4096);
    return new ProfileWorkload(PROFILE, common, params, inner::start,
        (res, stats) -> ProfileParams.primary(res, "latencyP50", "latency"));
  }
}
