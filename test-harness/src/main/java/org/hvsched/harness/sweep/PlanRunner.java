package org.hvsched.harness.sweep;

import java.nio.file.Path;
import java.util.Optional;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.harness.compare.RunRecord;
import org.hvsched.harness.compare.ScenarioExecutor;
import org.hvsched.harness.scenario.Scenario;
import org.hvsched.harness.scenario.ScenarioParser;
import org.hvsched.topology.InputException;

/**
 * Runs one plan line: parses the line's scenario tree (relative paths resolve in the line's
 * {@code dir}, under the plan's folder), runs its configuration at its seed with compare's
 * {@link ScenarioExecutor}, and returns the run file's text ({@link RunFile}) and the isolation violation, if any.
 */
final class PlanRunner {
  private final Path plan;
  private final Path planDir;

  PlanRunner(Path plan) {
    this.plan = plan;
    this.planDir = plan.toAbsolutePath().normalize().getParent();
  }

  /**
   * The run file of {@code line}.
   *
   * @param index the line's plan index, for messages
   * @throws InputException naming the plan line when its scenario no longer parses (e.g. a file
   *     it imports changed since planning)
   */
  Done run(PlanLine line, long index) {
    Scenario s;
    try {
      s = ScenarioParser.parse(PointCheck.text(line.scenario()), "scenario",
          planDir.resolve(line.dir()).normalize());
    } catch (InputException e) {
      throw new InputException(plan.toString(), (int) Math.min(Integer.MAX_VALUE, index + 1), 0,
          "run " + line.id() + ": " + e.detail(), e);
    }
    RunRecord r = new ScenarioExecutor(s).run(line.config(), line.seed(), TraceSink.NONE);
    return new Done(RunFile.text(line.id(), r), r.violation());
  }

  /**
   * A finished run.
   *
   * @param text the run file's text
   * @param violation the isolation violation, if the run broke its claim
   */
  record Done(String text, Optional<String> violation) {}
}
