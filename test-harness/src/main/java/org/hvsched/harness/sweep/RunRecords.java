package org.hvsched.harness.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hvsched.harness.compare.Configuration;
import org.hvsched.harness.compare.RunRecord;

/**
 * Rebuilds compare's {@link RunRecord} from a run file (the run result of spec.md section 4 plus
 * the violation line), so that a merge summarises with compare's own code ({@code Summaries},
 * {@code Verdicts}, {@code ResultsJson}). The figures are those of the JSON: each domain's
 * {@code metrics[0]}, {@code forcedIdleNs}, {@code reservedIdleNs}; the isolation claim and
 * times; the host's forced and reserved idle. Latency histograms are not in a run result, so
 * records carry none (compare uses them only for the report's latency chart).
 */
final class RunRecords {
  private RunRecords() {}

  /** The record of {@code file}, run under {@code config} at {@code seed}. */
  static RunRecord of(Configuration config, long seed, RunFile file) {
    ObjectNode r = file.result();
    List<RunRecord.DomainFigures> domains = new ArrayList<>();
    for (JsonNode d : r.path("domains")) {
      JsonNode m = d.path("metrics").path(0);
      domains.add(new RunRecord.DomainFigures(d.path("name").asText(), m.path("name").asText(),
          m.path("value").asDouble(), m.path("unit").asText(),
          m.path("higherIsBetter").asBoolean(), d.path("forcedIdleNs").asLong(),
          d.path("reservedIdleNs").asLong(), Optional.empty()));
    }
    JsonNode iso = r.path("isolation");
    JsonNode host = r.path("host");
    return new RunRecord(config, seed, domains, iso.path("claim").asText(),
        iso.path("guestGuestNs").asLong(), iso.path("transitionNs").asLong(),
        iso.path("guestHostNs").asLong(), host.path("forcedIdleNs").asLong(),
        host.path("reservedIdleNs").asLong(), file.violation(), r, file.csvHeader(),
        file.csvRows());
  }
}
