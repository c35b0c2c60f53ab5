package org.hvsched.harness.compare;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/**
 * What a comparison keeps of one run (one configuration at one seed).
 *
 * @param config the configuration
 * @param seed the run's seed
 * @param domains per domain, in scenario order
 * @param claim the run's isolation claim ({@code none}, {@code core}, {@code socket})
 * @param guestGuestNs guest/guest exposure the auditor measured (transitions included)
 * @param transitionNs part of it inside switch windows
 * @param guestHostNs guest next to host work
 * @param forcedIdleNs host forced idle
 * @param reservedIdleNs host reserved idle
 * @param violation the auditor's description of exposure on a claimed core, if any
 * @param json the run result of spec.md section 4 with {@code "config"} set
 * @param csvHeader the run-result CSV's header line (no line end)
 * @param csvRows the run-result CSV's rows, one per domain, quoted (no line ends)
 */
public record RunRecord(Configuration config, long seed, List<DomainFigures> domains,
    String claim, long guestGuestNs, long transitionNs, long guestHostNs, long forcedIdleNs,
    long reservedIdleNs, Optional<String> violation, ObjectNode json, String csvHeader,
    List<String> csvRows) {

  public RunRecord {
    requireNonNull(config, "config");
    domains = List.copyOf(domains);
    requireNonNull(claim, "claim");
    requireNonNull(violation, "violation");
    requireNonNull(json, "json");
    requireNonNull(csvHeader, "csvHeader");
    csvRows = List.copyOf(csvRows);
  }

  /**
   * A domain's figures in one run.
   *
   * @param name domain name
   * @param metric its primary metric's name ({@code metrics[0]})
   * @param value the primary metric's value
   * @param unit its unit
   * @param higherIsBetter whether more is better
   * @param forcedIdleNs sibling time forced idle because of this domain
   * @param reservedIdleNs threads held idle by this domain's units
   * @param latency response-time histogram (ns) of a request workload, if it has one
   */
  public record DomainFigures(String name, String metric, double value, String unit,
      boolean higherIsBetter, long forcedIdleNs, long reservedIdleNs,
      Optional<Histogram> latency) {
    public DomainFigures {
      requireNonNull(name, "name");
      requireNonNull(metric, "metric");
      requireNonNull(unit, "unit");
      checkArgument(Double.isFinite(value), "metric %s of %s is not finite: %s", metric, name,
          value);
      requireNonNull(latency, "latency");
    }
  }
}
