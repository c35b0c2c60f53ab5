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
import org.hvsched.topology.InterferenceClass;

/**
 * {@code closed-loop}: {@code clients} clients outside the VM each think for {@code think}, send
 * one request with a demand drawn from {@code service}, wait for the response and think again
 * (from time 0). Requests share one queue served by every vCPU ({@link RequestServer}). Default
 * class {@code mixed}. Streams {@code OWNER/clientN/think} and {@code OWNER/clientN/service}: the
 * k-th request of a client has the same demand in every configuration (its timing differs).
 *
 * <p>Primary metric {@code throughput} (completions per second of the measured window, ops/s,
 * higher is better); also {@code latencyP50}, {@code latencyP99}, {@code latencyP999},
 * {@code latencyMean} and {@code dropped}. The
 * results' request fields are filled.
 *
 * @param common class and vcpus
 * @param clients number of clients, default the number of vCPUs it runs on
 * @param think think time between a response and the next request, default {@code exp(1ms)}
 * @param service service demand (work at full speed), default {@code exp(200us)}
 * @param workers handlers at most in service at once (extension), empty = unlimited
 */
public record ClosedLoop(WorkloadCommon common, int clients, Distribution think,
    Distribution service, OptionalInt workers) implements WorkloadSpec {

  /** The type. */
  public static final WorkloadType TYPE = new WorkloadType("closed-loop",
      "Clients that think, send one request and wait for its response; result: throughput and"
          + " response-time percentiles.",
      InterferenceClass.MIXED, "throughput", "ops/s",
      List.of(new ParamDoc("clients", "vCPUs it runs on", "number of clients"),
          new ParamDoc("think", "exp(1ms)", "think time before each request (distribution)"),
          new ParamDoc("service", "exp(200us)", "work of each request (distribution)"),
          new ParamDoc("workers", "unlimited", "requests in service at most (extension)")),
      ClosedLoop::parse);

  private static ClosedLoop parse(MapReader r, WorkloadCommon common) {
    int clients = r.get("clients").map(n -> Values.intIn(n, r.path("clients"), 1, 1_000_000))
        .orElse(common.active());
    Distribution think = r.get("think").map(n -> Values.distribution(n, r.path("think")))
        .orElse(new Distribution.Exp(1_000_000));
    Distribution service = r.get("service").map(n -> Values.distribution(n, r.path("service")))
        .orElse(new Distribution.Exp(200_000));
    return new ClosedLoop(common, clients, think, service, RequestResponse.workers(r));
  }

  @Override
  public String name() {
    return TYPE.id();
  }

  @Override
  public Map<String, Object> resolved() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", name());
    out.put("clients", (long) clients);
    out.put("think", DistributionParser.format(think));
    out.put("service", DistributionParser.format(service));
    out.put("workers", workers.isPresent() ? (Object) (long) workers.getAsInt() : "unlimited");
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
      this.server = new RequestServer(guest, env, workers.orElse(Integer.MAX_VALUE),
          Integer.MAX_VALUE);
    }

    private void begin(WorkloadHost host) {
      for (int c = 0; c < clients; c++) {
        new Client(host, c).thinkFrom(0);
      }
    }

    @Override
    public TaskProgram program(Task task, WorkloadHost host) {
      return guest.program(env.indexOf(task), host);
    }

    @Override
    public WorkloadResult result(WorkloadStats stats) {
      return RequestMetrics.throughputFirst(server);
    }

    private final class Client {
      private final WorkloadHost host;
      private final RandomStream thinks;
      private final RandomStream demands;

      Client(WorkloadHost host, int index) {
        this.host = host;
        this.thinks = host.stream(env.owner() + "/client" + index + "/think");
        this.demands = host.stream(env.owner() + "/client" + index + "/service");
      }

      void thinkFrom(long nowNs) {
        host.at(nowNs + think.sample(thinks),
            () -> server.arrive(host.nowNs(), service.sample(demands), -1, this::thinkFrom));
      }
    }
  }
}
