package org.hvsched.harness.run;

import java.util.List;
import java.util.Map;
import org.hvsched.core.random.Durations;
import org.hvsched.harness.scenario.Scenario;
import org.hvsched.topology.InputException;
import org.hvsched.topology.Topology;

/**
 * Turns a {@link Scenario} plus command-line changes ({@link RunOverrides}) into a simulation and
 * its results. Bad combinations (no policy, a bad setting, an affinity outside its pool in this
 * run's view, a warm-up not shorter than {@code --duration}) are {@link InputException}s, found
 * before anything runs.
 */
public final class ScenarioRunner {
  private ScenarioRunner() {}

  /** Resolves everything for one run without running it. */
  public static RunPlan plan(Scenario s, RunOverrides o) {
    long duration = o.durationNs().orElse(s.durationNs());
    if (duration <= 0) {
      throw new InputException("--duration", 0, 0, "found " + Durations.format(duration)
          + ", expected a duration greater than zero");
    }
    if (s.warmupNs() >= duration) {
      throw new InputException("--duration", 0, 0, "found " + Durations.format(duration)
          + ", expected more than the scenario's warmup of " + Durations.format(s.warmupNs()));
    }
    boolean smt = o.smt().orElse(s.smt());
    Topology view = smt ? s.topology() : s.topology().smtOff();
    List<PlannedPool> pools = PoolPlanner.plan(s, view, o);
    TaskBuilder built = new TaskBuilder(s, pools).build();
    PlannedPool main = pools.stream().filter(PlannedPool::inherits).findFirst()
        .orElse(pools.get(0));
    Map<String, Object> settings = main.settings().asMap();
    return new RunPlan(s, view, pools, built.domains(), built.tasks(),
        o.seed().orElse(s.seed()), duration, s.warmupNs(), main.provider().id(), settings,
        o.config(), o.trace(), o.validate());
  }

  /** Plans and runs; see {@link RunPlan#execute()}. */
  public static RunResult run(Scenario s, RunOverrides o) {
    return plan(s, o).execute();
  }
}
