package org.hvsched.harness.run;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hvsched.api.Domain;
import org.hvsched.api.Task;
import org.hvsched.core.HostCosts;
import org.hvsched.core.PoolSetup;
import org.hvsched.core.Simulation;
import org.hvsched.core.SimulationSpec;
import org.hvsched.core.stats.DomainStats;
import org.hvsched.core.stats.RunOutcome;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.harness.scenario.DomainDef;
import org.hvsched.harness.scenario.Scenario;
import org.hvsched.harness.workload.Metric;
import org.hvsched.harness.workload.WorkloadResult;
import org.hvsched.topology.SmtModel;
import org.hvsched.topology.Topology;

/**
 * A scenario resolved for one run ({@link ScenarioRunner#plan}): the run's view of the host,
 * pools with policies and settings, domains and tasks, seed and window. {@link #execute()} runs
 * it with fresh workload state each time.
 *
 * @param scenario the scenario
 * @param view the host as this run sees it (SMT off: one thread per core)
 * @param pools the pools
 * @param domains the engine's domains (ids in scenario order)
 * @param tasks the engine's tasks
 * @param seed the seed
 * @param durationNs simulated time
 * @param warmupNs warm-up
 * @param policyId the scenario's (or --policy's) policy, or the first pool's
 * @param settings that policy's resolved settings
 * @param config the compare configuration's name, if any
 * @param trace where trace events go
 * @param validate per-event invariant checks
 */
public record RunPlan(Scenario scenario, Topology view, List<PlannedPool> pools,
    List<Domain> domains, List<Task> tasks, long seed, long durationNs, long warmupNs,
    String policyId, Map<String, Object> settings, Optional<String> config, TraceSink trace,
    boolean validate) {

  public RunPlan {
    requireNonNull(scenario, "scenario");
    pools = List.copyOf(pools);
    domains = List.copyOf(domains);
    tasks = List.copyOf(tasks);
  }

  /** The engine's spec, with fresh workload state. */
  public SimulationSpec simulationSpec() {
    return spec(new WorkloadBinding(scenario, tasks, warmupNs, durationNs));
  }

  private SimulationSpec spec(WorkloadBinding programs) {
    HostCosts costs = scenario.host();
    List<PoolSetup> setups = pools.stream().map(PlannedPool::setup).toList();
    return new SimulationSpec(view, SmtModel.defaults(), costs, setups, domains, tasks, programs,
        seed, durationNs, warmupNs, validate, trace);
  }

  /**
   * Runs the simulation and collects its results.
   *
   * @throws org.hvsched.core.SimulationException when an invariant breaks or a policy throws
   * @throws org.hvsched.harness.workload.UnfinishedWorkloadException when a makespan workload
   *     did not finish
   */
  public RunResult execute() {
    return execute(false);
  }

  /** As {@link #execute()}; with {@code progress}, a progress line on a terminal's stderr. */
  public RunResult execute(boolean progress) {
    WorkloadBinding binding = new WorkloadBinding(scenario, tasks, warmupNs, durationNs);
    SimulationSpec spec = spec(binding);
    RunOutcome outcome = progress ? Simulation.runWithProgress(spec) : Simulation.run(spec);
    List<DomainResult> results = new ArrayList<>();
    for (int i = 0; i < domains.size(); i++) {
      results.add(domainResult(scenario.domains().get(i), outcome.domains().get(i),
          binding.domainResult(i, outcome), binding.threadResults(i, outcome)));
    }
    List<PoolResult> poolResults = pools.stream().map(p -> new PoolResult(p.spec().name(),
        p.spec().cpus().toString(), p.provider().id(), p.settings().asMap())).toList();
    return new RunResult(scenario.name(), config, policyId, settings, view.smt().id(), seed,
        outcome.measuredNs(), warmupNs, results, outcome.host(), outcome.isolation(), 0,
        poolResults, scenario.poolsGiven(), outcome);
  }

  private static DomainResult domainResult(DomainDef d, DomainStats stats, WorkloadResult main,
      List<WorkloadResult> threads) {
    List<Metric> metrics = new ArrayList<>(main.metrics());
    for (int t = 0; t < threads.size(); t++) {
      String prefix = d.threads().get(t).name() + ".";
      threads.get(t).metrics().forEach(m -> metrics.add(m.renamed(prefix + m.name())));
    }
    return new DomainResult(d.name(), d.trust(), d.vcpus(), d.tasks(), stats, metrics,
        main.requests(), main.makespanNs());
  }
}
