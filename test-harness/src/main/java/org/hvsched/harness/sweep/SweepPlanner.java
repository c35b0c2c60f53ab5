package org.hvsched.harness.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hvsched.harness.compare.Configuration;
import org.hvsched.harness.report.OutputFiles;
import org.hvsched.harness.scenario.Scenario;
import org.hvsched.harness.scenario.ScenarioParser;
import org.hvsched.harness.yaml.YamlNode;
import org.hvsched.harness.yaml.YamlTrees;
import org.hvsched.topology.InputException;

/**
 * {@code hvsched sweep plan SWEEP -o PLAN}: expands a sweep into its runs. Points are the cross
 * product of the axes in the order written (the first axis varies slowest, like nested loops);
 * each point runs its configurations (compare's matrix order) and, for each, its seeds in order.
 * Every value is checked before anything is written: each axis value alone on the scenario,
 * then every point ({@link PointCheck}). The plan is written atomically.
 */
public final class SweepPlanner {
  private SweepPlanner() {}

  /**
   * What a plan holds.
   *
   * @param points number of points
   * @param runs number of lines
   * @param distinct number of distinct ids (equal runs of different points share one)
   */
  public record Summary(long points, long runs, long distinct) {}

  /**
   * Plans {@code sweepFile} into {@code planFile}.
   *
   * @param tool the tool and version recorded in every line
   * @throws org.hvsched.topology.InputException for bad input (nothing written)
   */
  public static Summary plan(Path sweepFile, Path planGiven, String tool) throws IOException {
    OutputFiles.checkFile("-o", planGiven);
    Path planFile = planGiven.toAbsolutePath().normalize();
    SweepSpec spec = SweepParser.parse(sweepFile);
    Scenario base = ScenarioParser.parse(spec.scenario());
    YamlNode tree = YamlTrees.read(spec.scenario(), spec.scenario().toString());
    List<Point.Change> baseChanges = new ArrayList<>();
    CustomConfigs customs = CustomConfigs.of(tree);
    if (spec.configs().isPresent()) {
      tree = PointBuilder.withConfigs(tree, spec.configs().get(), customs);
      baseChanges.add(new Point.Change("configs", "", spec.configs().get().location()));
    }
    PointBuilder builder = new PointBuilder(tree, customs, spec.seeds(),
        base.domains().stream().map(d -> d.name()).toList(), baseChanges);
    Path baseDir = spec.scenario().toAbsolutePath().getParent();
    checkEachValue(spec, builder, baseDir);
    String dir = relativeDir(planFile, baseDir);
    Set<String> ids = new HashSet<>();
    long[] counts = new long[2];
    AtomicFiles.write(planFile, out -> {
      for (List<YamlNode> values : new Odometer(spec.axes())) {
        Point p = point(builder, spec.axes(), values);
        writePoint(out, PointCheck.check(p, baseDir, spec.file()), p, dir, tool, ids, counts);
      }
    });
    return new Summary(counts[0], counts[1], ids.size());
  }

  private static void writePoint(BufferedWriter out, PointCheck.Checked c, Point p, String dir,
      String tool, Set<String> ids, long[] counts) throws IOException {
    counts[0]++;
    for (Configuration config : c.configs()) {
      for (int k = 0; k < p.seeds(); k++) {
        PlanLine line = PlanLine.of(p.labels(), config, dir, c.tree(), c.scenario().seed() + k,
            tool);
        out.write(line.text());
        out.write('\n');
        ids.add(line.id());
        counts[1]++;
      }
    }
  }

  /** The point of {@code values}; an error of a point of several values names them all. */
  private static Point point(PointBuilder builder, List<Axis> axes, List<YamlNode> values) {
    try {
      return builder.point(axes, values);
    } catch (InputException e) {
      if (axes.size() < 2) {
        throw e;
      }
      StringBuilder sb = new StringBuilder("axes ");
      for (int i = 0; i < axes.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(axes.get(i).key()).append(" = ")
            .append(PointBuilder.text(values.get(i)));
      }
      throw new InputException(e.file(), e.line(), e.column(), sb + ": " + e.detail(), e);
    }
  }

  /**
   * The scenario as the sweep's {@code configs:} leave it, then, with two axes or more, each
   * value of each axis alone, so that an error points at that value rather than at a point (with
   * one axis, the points are those values and are checked as they are planned).
   */
  private static void checkEachValue(SweepSpec spec, PointBuilder builder, Path baseDir) {
    PointCheck.check(builder.point(List.of(), List.of()), baseDir, spec.file());
    if (spec.axes().size() < 2) {
      return;
    }
    for (Axis a : spec.axes()) {
      for (YamlNode v : a.values()) {
        PointCheck.check(builder.point(List.of(a), List.of(v)), baseDir, spec.file());
      }
    }
  }

  /** The scenario's folder relative to the plan's, with {@code /} ({@code .} when equal). */
  static String relativeDir(Path planFile, Path scenarioDir) {
    Path planDir = planFile.toAbsolutePath().normalize().getParent();
    Path rel = planDir.relativize(scenarioDir.toAbsolutePath().normalize());
    String s = rel.toString().replace(java.io.File.separatorChar, '/');
    return s.isEmpty() ? "." : s;
  }
}
