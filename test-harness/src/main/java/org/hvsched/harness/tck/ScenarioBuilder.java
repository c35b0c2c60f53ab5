package org.hvsched.harness.tck;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import java.util.ArrayList;
import java.util.List;
import org.hvsched.api.Domain;
import org.hvsched.api.Task;
import org.hvsched.api.TaskKind;
import org.hvsched.core.HostCosts;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.SmtModel;
import org.hvsched.topology.SyntheticSpec;
import org.hvsched.topology.Topology;

/**
 * Builds a {@link KitScenario} step by step: host, costs, pools, then domains and their tasks
 * (ids, pids and thread groups assigned densely in the order they are added). Without a pool,
 * one pool {@code pool0} holds every online CPU.
 */
public final class ScenarioBuilder {
  private final long seed;
  private final String hostSpec;
  private final Topology topology;
  private final int hostThreadsPerCore;
  private SmtModel smtModel = SmtModel.defaults();
  private HostCosts costs = HostCosts.defaults();
  private final List<KitScenario.PoolPlan> pools = new ArrayList<>();
  private final List<Domain> domains = new ArrayList<>();
  private final List<Task> tasks = new ArrayList<>();
  private final List<KitWorkload> workloads = new ArrayList<>();

  /** A scenario on the synthetic host {@code hostSpec} (SMT-off view when {@code smtOff}). */
  public ScenarioBuilder(long seed, String hostSpec, boolean smtOff) {
    Topology hw = SyntheticSpec.parse(hostSpec);
    this.seed = seed;
    this.hostSpec = hostSpec;
    this.topology = smtOff ? hw.smtOff() : hw;
    this.hostThreadsPerCore = hw.threadsPerCore();
  }

  /** The host as the run sees it. */
  public Topology topology() {
    return topology;
  }

  /** Sets the SMT model. */
  public ScenarioBuilder smtModel(SmtModel model) {
    this.smtModel = model;
    return this;
  }

  /** Sets the host costs. */
  public ScenarioBuilder costs(HostCosts hostCosts) {
    this.costs = hostCosts;
    return this;
  }

  /** Adds a pool of whole cores. */
  public ScenarioBuilder pool(String name, CpuSet cpus) {
    checkState(domains.isEmpty(), "add pools before domains");
    pools.add(new KitScenario.PoolPlan(name, cpus));
    return this;
  }

  /** The CPUs of pool {@code name} (the whole host when no pool was added). */
  public CpuSet poolCpus(String name) {
    if (pools.isEmpty()) {
      return topology.online();
    }
    return pools.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no pool " + name)).cpus();
  }

  /** Adds a domain; its tasks follow with {@link #task}. */
  public Domain domain(String name, int vcpus, int weight, int capPercent, CpuSet affinity,
      String trust, String pool) {
    checkArgument(poolCpus(pool).containsAll(affinity), "affinity %s of %s outside pool %s",
        affinity, name, pool);
    Domain d = new Domain(domains.size(), name, vcpus, weight, capPercent, affinity, affinity,
        trust, pool);
    domains.add(d);
    return d;
  }

  /** The id the next task will get (to name a partner before it exists). */
  public int nextTaskId() {
    return tasks.size();
  }

  /** Adds a task of {@code domain}: vCPU {@code vcpuIndex}, or another VM thread (index -1). */
  public Task task(Domain domain, TaskKind kind, int vcpuIndex, CpuSet affinity,
      KitWorkload workload) {
    checkArgument(domain.hardAffinity().containsAll(affinity), "task affinity %s outside %s",
        affinity, domain.hardAffinity());
    int id = tasks.size();
    String name = domain.name() + "/" + (kind == TaskKind.VCPU ? "vcpu" + vcpuIndex
        : kind.id() + id);
    Task t = new Task(id, name, domain, kind, vcpuIndex, 1_000_000 + id, 100 + domain.id(),
        100 + domain.id(), affinity, affinity);
    tasks.add(t);
    workloads.add(workload);
    return t;
  }

  /** Adds the {@code vcpus} vCPUs of {@code domain}, all with its affinity and one workload. */
  public ScenarioBuilder vcpus(Domain domain, KitWorkload workload) {
    for (int i = 0; i < domain.vcpus(); i++) {
      task(domain, TaskKind.VCPU, i, domain.hardAffinity(), workload);
    }
    return this;
  }

  /** The scenario. */
  public KitScenario build(long durationNs, long warmupNs) {
    List<KitScenario.PoolPlan> p = pools.isEmpty()
        ? List.of(new KitScenario.PoolPlan("pool0", topology.online())) : pools;
    return new KitScenario(seed, hostSpec, topology, hostThreadsPerCore, smtModel, costs, p,
        domains, tasks, workloads, durationNs, warmupNs);
  }
}
