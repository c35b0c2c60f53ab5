package org.hvsched.harness.sweep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hvsched.harness.compare.Comparison;
import org.hvsched.harness.compare.ConfigResult;
import org.hvsched.harness.compare.Configuration;
import org.hvsched.harness.compare.DomainSummary;
import org.hvsched.harness.compare.ParallelRuns;
import org.hvsched.harness.compare.ResultsJson;
import org.hvsched.harness.compare.RunRecord;
import org.hvsched.harness.report.SweepData;
import org.hvsched.topology.InputException;

/**
 * One point of a merge: its runs read back ({@link RunRecords}) and summarised by compare's own
 * code, so that a point of {@code merged.json} reads as compare's {@code results.json} for that
 * point: {@code {"axes": {...}, "ids": [...], "scenario": ..., "seeds": [...], "configs": [...],
 * "verdicts": [...], "verdictDomains": [...]}}. A point with a run missing has
 * {@code "missing": [ids]} instead of figures.
 *
 * @param json the point's object in {@code merged.json}
 * @param comparison compare's summary, empty when a run is missing
 * @param labels axis key to value text
 */
record MergedPoint(ObjectNode json, Optional<Comparison> comparison,
    Map<String, String> labels) {

  /** Builds the point of {@code lines} from the run files in {@code runs}. */
  static MergedPoint of(List<PlanLine> lines, Path runs, Set<String> missing, String tool)
      throws IOException {
    PlanLine first = lines.get(0);
    ObjectNode o = CanonicalJson.MAPPER.createObjectNode();
    o.set("axes", first.axes().deepCopy());
    ArrayNode ids = o.putArray("ids");
    List<String> gone = new ArrayList<>();
    for (PlanLine l : lines) {
      ids.add(l.id());
      if (missing.contains(l.id())) {
        gone.add(l.id());
      }
    }
    if (!gone.isEmpty()) {
      ArrayNode m = o.putArray("missing");
      gone.forEach(m::add);
      return new MergedPoint(o, Optional.empty(), first.axisTexts());
    }
    Comparison c = comparison(lines, runs, tool);
    ObjectNode tree = ResultsJson.tree(c);
    tree.remove("schemaVersion");
    tree.remove("tool");
    o.setAll(tree);
    return new MergedPoint(o, Optional.of(c), first.axisTexts());
  }

  /** The point as the report shows it (a complete point only). */
  SweepData.Point reportPoint() {
    Comparison c = comparison.orElseThrow();
    List<SweepData.Row> rows = new ArrayList<>();
    for (ConfigResult r : c.configs()) {
      for (DomainSummary d : r.summary()) {
        rows.add(new SweepData.Row(r.config().name(), r.config().baseline(), d.domain(),
            d.metric(), d.unit(), d.higherIsBetter(), d.stats().mean(), d.stats().ci95(),
            d.ratioToBaseline(), r.isolation().guestGuestNs().mean()));
      }
    }
    return new SweepData.Point(labels, c.seeds().size(), rows);
  }

  /** The isolation violations of this point's runs, one line each. */
  List<String> violations() {
    if (comparison.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    comparison.get().violations().forEach(v -> out.add("axes " + labels + ": " + v));
    return out;
  }

  private static Comparison comparison(List<PlanLine> lines, Path runs, String tool)
      throws IOException {
    Map<String, Configuration> configs = new LinkedHashMap<>();
    List<Long> seeds = new ArrayList<>();
    List<RunRecord> records = new ArrayList<>();
    for (PlanLine l : lines) {
      configs.putIfAbsent(l.config().name(), l.config());
      if (!seeds.contains(l.seed())) {
        seeds.add(l.seed());
      }
      Path file = runs.resolve(l.id() + ".json");
      RunFile f = RunFile.read(file, l.id());
      ObjectNode r = f.result();
      if (!r.path("config").asText().equals(l.config().name()) || r.path("seed").asLong()
          != l.seed()) {
        throw new InputException(file.toString(), "holds configuration "
            + r.path("config").asText() + " at seed " + r.path("seed").asText()
            + ", expected the plan's configuration " + l.config().name() + " at seed "
            + l.seed() + "; delete it to run it again");
      }
      records.add(RunRecords.of(l.config(), l.seed(), f));
    }
    String scenario = records.get(0).json().path("scenario").asText();
    return Comparison.of(tool, scenario, seeds, List.copyOf(configs.values()),
        new ParallelRuns.Outcome(records, Map.of()));
  }
}
