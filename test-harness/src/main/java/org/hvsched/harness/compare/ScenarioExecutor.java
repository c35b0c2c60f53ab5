package org.hvsched.harness.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.hvsched.core.stats.IsolationReport;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.harness.output.RunResultCsv;
import org.hvsched.harness.output.RunResultJson;
import org.hvsched.harness.run.DomainResult;
import org.hvsched.harness.run.RunOverrides;
import org.hvsched.harness.run.RunPlan;
import org.hvsched.harness.run.RunResult;
import org.hvsched.harness.run.ScenarioRunner;
import org.hvsched.harness.scenario.PolicyRef;
import org.hvsched.harness.scenario.Scenario;
import org.hvsched.harness.workload.Metric;
import org.hvsched.harness.yaml.Location;

/**
 * Runs a configuration of a comparison on the scenario through {@link ScenarioRunner}: the
 * configuration's policy, with exactly its settings (policy defaults for the rest), replaces the
 * scenario's {@code policy:} and that of every pool without a policy of its own; the
 * configuration's SMT state (when it has one) and name are set.
 */
public final class ScenarioExecutor implements ParallelRuns.Executor {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final Scenario scenario;

  /** Runs configurations of {@code scenario}. */
  public ScenarioExecutor(Scenario scenario) {
    this.scenario = scenario;
  }

  /** The overrides that make a run of {@code c} at {@code seed}. */
  RunOverrides overrides(Configuration c, long seed, TraceSink trace) {
    String key = "configs: " + c.name();
    RunOverrides o = RunOverrides.none()
        .withPolicy(new PolicyRef(c.policyId(), c.settings(), key, new Location(key, 0, 0)))
        .withSeed(seed)
        .withConfig(c.name())
        .withTrace(trace);
    return c.smt().isPresent() ? o.withSmt(c.smt().get()) : o;
  }

  /**
   * Resolves the run of {@code c} without running it: an unknown policy, a bad setting or a
   * pool that does not fit this SMT view is an {@link org.hvsched.topology.InputException}.
   */
  public RunPlan plan(Configuration c) {
    return ScenarioRunner.plan(scenario, overrides(c, scenario.seed(), TraceSink.NONE));
  }

  @Override
  public RunRecord run(Configuration c, long seed, TraceSink trace) {
    RunResult r = ScenarioRunner.plan(scenario, overrides(c, seed, trace)).execute();
    return record(c, r);
  }

  /** What compare keeps of result {@code r} of configuration {@code c}. */
  static RunRecord record(Configuration c, RunResult r) {
    List<RunRecord.DomainFigures> domains = new ArrayList<>();
    for (DomainResult d : r.domains()) {
      Metric m = d.primary();
      domains.add(new RunRecord.DomainFigures(d.name(), m.name(), m.value(), m.unit(),
          m.higherIsBetter(), d.stats().forcedIdleNs(), d.stats().reservedIdleNs(),
          d.requests().flatMap(q -> q.latency())));
    }
    IsolationReport iso = r.isolation();
    ObjectNode json;
    try {
      json = (ObjectNode) MAPPER.readTree(RunResultJson.toJson(r));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return new RunRecord(c, r.seed(), domains, iso.claim(), iso.guestGuestNs(),
        iso.transitionNs(), iso.guestHostNs(), r.host().forcedIdleNs(),
        r.host().reservedIdleNs(), iso.violation().map(v -> v.describe()), json,
        RunResultCsv.header(), RunResultCsv.rows(r));
  }
}
