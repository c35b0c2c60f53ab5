package org.hvsched.harness.workload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.hvsched.api.Task;
import org.hvsched.core.random.Distribution;
import org.hvsched.core.random.RandomStream;
import org.hvsched.core.workload.TaskProgram;
import org.hvsched.core.workload.WorkloadHost;
import org.hvsched.harness.yaml.DistributionParser;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.harness.yaml.Values;
import org.hvsched.harness.yaml.YamlNode;
import org.hvsched.topology.InterferenceClass;

/**
 * {@code request-response}: an open-loop server. Requests arrive at the VM as a Poisson process
 * of {@code rate} (from time 0, so a warm-up reaches steady state), each with a service demand
 * drawn from {@code service} at arrival; they queue in one shared queue served by every vCPU, or
 * ({@code queue: per-vcpu}) in one queue per vCPU chosen uniformly at random (RSS-like), and a
 * vCPU serves its queue in arrival order (see {@link RequestServer}). Default class
 * {@code mixed}. Streams {@code OWNER/arrivals}, {@code OWNER/service}, {@code OWNER/dispatch}:
 * the k-th request has the same arrival and demand in every configuration.
 *
 * <p>Primary metric {@code latencyP99} (response time, ns, lower is better); also
 * {@code latencyP50}, {@code latencyP999}, {@code latencyMean}, {@code throughput} (ops/s) and
 * {@code dropped}. The
 * results' request fields ({@code p50Ns}...{@code opsPerSec}) are filled.
 *
 * @param common class and vcpus
 * @param ratePerSec arrivals per second to the VM, default 1000/s
 * @param service service demand (work at full speed), default {@code exp(200us)}
 * @param perVcpu one queue per vCPU instead of a shared one
 * @param workers handlers at most in service at once (extension), empty = one per request
 * @param backlog outstanding requests at most before arrivals are dropped (extension), 4096
 */
public record RequestResponse(WorkloadCommon common, double ratePerSec, Distribution service,
    boolean perVcpu, OptionalInt workers, int backlog) implements WorkloadSpec {

  /** Default outstanding requests: Linux's {@code net.core.somaxconn} default since 5.4. */
  static final int DEFAULT_BACKLOG = 4096;

  /** The type. */
  public static final WorkloadType TYPE = new WorkloadType("request-response",
      "An open-loop server: Poisson arrivals to the VM, a service demand per request, a shared"
          + " or per-vCPU queue; result: response-time percentiles and throughput.",
      InterferenceClass.MIXED, "latencyP99", "ns",
      List.of(new ParamDoc("rate", "1000/s", "Poisson arrival rate to the VM (N/s, N/ms)"),
          new ParamDoc("service", "exp(200us)", "work of each request (distribution)"),
          new ParamDoc("queue", "shared", "shared (every vCPU serves one queue) or per-vcpu"),
          new ParamDoc("workers", "unlimited", "requests in service at most (extension)"),
          new ParamDoc("backlog", "4096", "outstanding requests before drops (extension)")),
      RequestResponse::parse);

  private static RequestResponse parse(MapReader r, WorkloadCommon common) {
    double rate = r.get("rate").map(n -> Values.ratePerSec(n, r.path("rate"))).orElse(1000.0);
    Distribution service = r.get("service").map(n -> Values.distribution(n, r.path("service")))
        .orElse(new Distribution.Exp(200_000));
    boolean perVcpu = false;
    if (r.get("queue").isPresent()) {
      YamlNode n = r.get("queue").get();
      String q = Values.text(n, r.path("queue"), "shared or per-vcpu");
      if (!q.equals("shared") && !q.equals("per-vcpu")) {
        throw Values.error(n, r.path("queue"), "shared or per-vcpu");
      }
      perVcpu = q.equals("per-vcpu");
    }
    return new RequestResponse(common, rate, service, perVcpu, workers(r), backlog(r));
  }

  static OptionalInt workers(MapReader r) {
    return r.get("workers").map(n -> {
      if (n instanceof YamlNode.Scalar s && s.text().equals("unlimited")) {
        return OptionalInt.empty();
      }
      return OptionalInt.of((int) Values.integer(n, r.path("workers"), 1, 1_000_000));
    }).orElse(OptionalInt.empty());
  }

  static int backlog(MapReader r) {
    return r.get("backlog").map(n -> Values.intIn(n, r.path("backlog"), 1, 100_000_000))
        .orElse(DEFAULT_BACKLOG);
  }

  @Override
  public String name() {
    return TYPE.id();
  }

  @Override
  public Map<String, Object> resolved() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", name());
    out.put("rate", Values.formatRate(ratePerSec));
    out.put("service", DistributionParser.format(service));
    out.put("queue", perVcpu ? "per-vcpu" : "shared");
    out.put("workers", workers.isPresent() ? (Object) (long) workers.getAsInt() : "unlimited");
    out.put("backlog", (long) backlog);
    common.render(out);
    return out;
  }

  @Override
  public WorkloadRun start(WorkloadEnv env) {
    return new Run(env);
  }

  private final class Run implements WorkloadRun {
    private final WorkloadEnv env;
    private final GuestScheduler guest;
    private final RequestServer server;

    Run(WorkloadEnv env) {
      this.env = env;
      this.guest = new GuestScheduler(env.tasks(), common.cls(), this::begin);
      this.server = new RequestServer(guest, env, workers.orElse(Integer.MAX_VALUE), backlog);
    }

    private void begin(WorkloadHost host) {
      if (ratePerSec <= 0) {
        return;
      }
      RandomStream arrivals = host.stream(env.owner() + "/arrivals");
      RandomStream demands = host.stream(env.owner() + "/service");
      RandomStream dispatch = host.stream(env.owner() + "/dispatch");
      Runnable[] next = new Runnable[1];
      next[0] = () -> {
        long now = host.nowNs();
        int queue = perVcpu ? dispatch.nextInt(guest.size()) : -1;
        server.arrive(now, service.sample(demands), queue, t -> { });
        host.at(now + gap(arrivals), next[0]);
      };
      host.at(gap(arrivals), next[0]);
    }

    private long gap(RandomStream arrivals) {
      return Math.round(-Math.log(arrivals.nextOpenDouble()) * 1e9 / ratePerSec);
    }

    @Override
    public TaskProgram program(Task task, WorkloadHost host) {
      return guest.program(env.indexOf(task), host);
    }

    @Override
    public WorkloadResult result(WorkloadStats stats) {
      return RequestMetrics.latencyFirst(server);
    }
  }
}
