package org.hvsched.harness.compare;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hvsched.harness.output.RunResultJson;
import org.hvsched.harness.scenario.Scenario;

/**
 * {@code hvsched compare} without the command line: resolve the matrix and check every
 * configuration can be built (bad input is found before anything runs), run configurations x
 * seeds in parallel, summarise.
 */
public final class Compare {
  private Compare() {}

  /**
   * Length of the per-core timeline window recorded after warm-up for the report on a host of
   * up to 8 CPUs; larger hosts get a window shorter in proportion, down to
   * {@link #TIMELINE_MIN_WINDOW_NS}, so the chart stays readable and small.
   */
  public static final long TIMELINE_WINDOW_NS = 50_000_000L;

  /** The shortest timeline window. */
  public static final long TIMELINE_MIN_WINDOW_NS = 10_000_000L;

  /** The timeline window length for a host of {@code cpus} online CPUs. */
  static long timelineWindowNs(int cpus) {
    return Math.max(TIMELINE_MIN_WINDOW_NS, TIMELINE_WINDOW_NS * 8 / Math.max(8, cpus));
  }

  /**
   * What to compare.
   *
   * @param configs {@code --configs} names, empty when not given
   * @param seeds number of seeds (seed, seed+1, ...)
   * @param jobs worker threads
   * @param timelines record the per-core timeline of each configuration's first seed
   */
  public record Options(Optional<List<String>> configs, int seeds, int jobs, boolean timelines) {
    public Options {
      requireNonNull(configs, "configs");
      checkArgument(seeds > 0, "seeds must be positive: %s", seeds);
      checkArgument(jobs > 0, "jobs must be positive: %s", jobs);
    }
  }

  /**
   * A comparison ready to run.
   *
   * @param scenario the scenario
   * @param configs the configurations, matrix order
   * @param seeds the seeds
   * @param options the options
   */
  public record Plan(Scenario scenario, List<Configuration> configs, List<Long> seeds,
      Options options) {
    public Plan {
      configs = List.copyOf(configs);
      seeds = List.copyOf(seeds);
    }

    /** Runs in total. */
    public int runs() {
      return configs.size() * seeds.size();
    }
  }

  /**
   * Resolves the matrix and builds every configuration once without running it.
   *
   * @throws org.hvsched.topology.InputException for an unknown configuration or policy, a bad
   *     setting, a scenario that does not fit a configuration's SMT view
   */
  public static Plan plan(Scenario scenario, Options options) {
    List<Configuration> configs = ConfigMatrix.resolve(scenario.configs(), options.configs());
    ScenarioExecutor executor = new ScenarioExecutor(scenario);
    configs.forEach(executor::plan);
    List<Long> seeds = new ArrayList<>();
    for (int i = 0; i < options.seeds(); i++) {
      seeds.add(scenario.seed() + i);
    }
    return new Plan(scenario, configs, seeds, options);
  }

  /**
   * Runs {@code plan}.
   *
   * @throws CompareFailedException when any run breaks (nothing is reported)
   */
  public static Comparison run(Plan plan, ParallelRuns.Progress progress) {
    Scenario s = plan.scenario();
    Optional<ParallelRuns.Window> window = Optional.empty();
    if (plan.options().timelines()) {
      long to = Math.min(s.warmupNs() + timelineWindowNs(s.topology().cpuCount()),
          s.durationNs());
      window = Optional.of(new ParallelRuns.Window(s.warmupNs(), to));
    }
    ParallelRuns.Outcome outcome = ParallelRuns.run(s.name(), plan.configs(), plan.seeds(),
        plan.options().jobs(), window, new ScenarioExecutor(s), progress);
    return Comparison.of(RunResultJson.TOOL, s.name(), plan.seeds(), plan.configs(), outcome);
  }
}
