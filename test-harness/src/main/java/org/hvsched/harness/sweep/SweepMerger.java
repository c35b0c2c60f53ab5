package org.hvsched.harness.sweep;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hvsched.harness.report.OutputFiles;
import org.hvsched.harness.report.SweepData;
import org.hvsched.topology.InputException;

/**
 * {@code hvsched sweep merge DIR}: folds {@code DIR/runs} into {@code DIR/merged.json} and
 * {@code DIR/merged.csv}, point by point in plan order ({@link MergedPoint}), streaming: memory
 * holds one point's runs at a time, whatever the number of runs.
 *
 * <p>{@code merged.json}:
 * <pre>{"schemaVersion": 1, "tool": "hvsched 0.3.0", "axes": ["vms", "host.interruptRate"],
 *  "complete": true, "runs": 40, "missing": [],
 *  "points": [{"axes": {"vms": 2, ...}, "ids": [...], ...compare's results of the point...}]}</pre>
 * A merge with runs missing still writes both files (so that a long sweep can be looked at while
 * it runs) but says so: {@code "complete": false}, the missing ids listed at the top and in their
 * points, which carry no figures; the command then exits 1 naming them.
 */
public final class SweepMerger {
  /** The merged results. */
  public static final String MERGED_JSON = "merged.json";
  /** The merged summary table. */
  public static final String MERGED_CSV = "merged.csv";

  private SweepMerger() {}

  /**
   * What a merge found.
   *
   * @param points points in the plan
   * @param runs lines in the plan
   * @param missing ids without a result, plan order
   * @param violations isolation violations of the runs, plan order
   * @param report what the report shows (the complete points)
   */
  public record Summary(long points, long runs, List<String> missing, List<String> violations,
      SweepData report) {
    /** Whether every run had a result. */
    public boolean complete() {
      return missing.isEmpty();
    }
  }

  /**
   * Merges the runs of {@code dir}.
   *
   * @throws InputException when {@code dir} holds no plan, cannot be written, or a run file is
   *     not the run the plan names
   */
  public static Summary merge(Path dirGiven, String tool) throws IOException {
    Path dir = dirGiven.toAbsolutePath().normalize();
    Path plan = dir.resolve(SweepRunner.PLAN_COPY);
    if (!Files.isRegularFile(plan)) {
      throw new InputException(dir.toString(), "no " + SweepRunner.PLAN_COPY + " here, expected"
          + " the -o folder of hvsched sweep run");
    }
    OutputFiles.checkDirectory("DIR", dir);
    Path runs = dir.resolve(SweepRunner.RUNS);
    Set<String> missingSet = new LinkedHashSet<>();
    Set<String> keys = new LinkedHashSet<>();
    long[] counts = new long[2];
    PlanReader.read(plan, (i, line) -> {
      counts[0]++;
      if (keys.isEmpty()) {
        line.axes().fieldNames().forEachRemaining(keys::add);
      }
      if (!Files.exists(runs.resolve(line.id() + ".json"))) {
        missingSet.add(line.id());
      }
    });
    List<String> missing = List.copyOf(missingSet);
    List<String> violations = new ArrayList<>();
    List<SweepData.Point> shown = new ArrayList<>();
    String[] scenario = {""};
    AtomicFiles.write(dir.resolve(MERGED_CSV), csv -> AtomicFiles.write(
        dir.resolve(MERGED_JSON), json -> counts[1] = write(plan, runs, tool,
            new ArrayList<>(keys), counts[0], missing, json, csv, p -> {
              violations.addAll(p.violations());
              if (p.comparison().isPresent()) {
                shown.add(p.reportPoint());
                scenario[0] = p.comparison().get().scenario();
              }
            })));
    return new Summary(counts[1], counts[0], missing, violations,
        new SweepData(scenario[0], tool, new ArrayList<>(keys), shown,
            counts[0] - missing.size()));
  }

  private static long write(Path plan, Path runs, String tool, List<String> keys, long lines,
      List<String> missing, BufferedWriter jsonOut, BufferedWriter csvOut,
      java.util.function.Consumer<MergedPoint> seen) throws IOException {
    JsonGenerator g = new ObjectMapper().getFactory().createGenerator(jsonOut);
    DefaultIndenter lf = new DefaultIndenter("  ", "\n");
    g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(lf).withArrayIndenter(lf));
    g.writeStartObject();
    g.writeNumberField("schemaVersion", 1);
    g.writeStringField("tool", tool);
    g.writeArrayFieldStart("axes");
    for (String k : keys) {
      g.writeString(k);
    }
    g.writeEndArray();
    g.writeBooleanField("complete", missing.isEmpty());
    g.writeNumberField("runs", lines);
    g.writeArrayFieldStart("missing");
    for (String id : missing) {
      g.writeString(id);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("points");
    MergedCsv csv = new MergedCsv(csvOut, keys);
    Set<String> absent = new HashSet<>(missing);
    Grouper grouper = new Grouper(plan, group -> {
      MergedPoint p = MergedPoint.of(group, runs, absent, tool);
      g.writeTree(p.json());
      csv.rows(p);
      seen.accept(p);
    });
    PlanReader.read(plan, grouper::add);
    long points = grouper.finish();
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    jsonOut.write('\n');
    return points;
  }
}
