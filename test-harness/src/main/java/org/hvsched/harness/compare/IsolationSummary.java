package org.hvsched.harness.compare;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * What the auditor measured under one configuration, over its seeds ({@code isolation} of a
 * configuration in spec.md section 5, extended with the claim, transitions and idle figures).
 *
 * @param claim the runs' isolation claim
 * @param guestGuestNs guest/guest exposure per run
 * @param transitionNs the part of it inside switch windows
 * @param guestHostNs guest next to host work per run
 * @param forcedIdleNs host forced idle per run
 * @param reservedIdleNs host reserved idle per run
 * @param violations one line per run that claims isolation and showed guest/guest exposure
 *     outside switch windows on a claimed core, naming the seed
 */
public record IsolationSummary(String claim, MeanMax guestGuestNs, MeanMax transitionNs,
    MeanMax guestHostNs, MeanMax forcedIdleNs, MeanMax reservedIdleNs, List<String> violations) {

  public IsolationSummary {
    requireNonNull(claim, "claim");
    violations = List.copyOf(violations);
  }

  /**
   * Mean and maximum of a time over seeds.
   *
   * @param mean mean, ns
   * @param max maximum, ns
   */
  public record MeanMax(double mean, long max) {
    /** Over {@code runs}, in seed order. */
    static MeanMax of(List<RunRecord> runs, ToLongFunction<RunRecord> f) {
      long max = 0;
      double sum = 0;
      for (RunRecord r : runs) {
        long v = f.applyAsLong(r);
        sum += v;
        max = Math.max(max, v);
      }
      return new MeanMax(sum / runs.size(), max);
    }
  }

  /** The summary of {@code runs} (one configuration, seed order). */
  static IsolationSummary of(List<RunRecord> runs) {
    List<String> violations = runs.stream().filter(r -> r.violation().isPresent())
        .map(r -> String.format("configuration %s, seed %d: %s", r.config().name(), r.seed(),
            r.violation().get()))
        .toList();
    return new IsolationSummary(runs.get(0).claim(),
        MeanMax.of(runs, RunRecord::guestGuestNs), MeanMax.of(runs, RunRecord::transitionNs),
        MeanMax.of(runs, RunRecord::guestHostNs), MeanMax.of(runs, RunRecord::forcedIdleNs),
        MeanMax.of(runs, RunRecord::reservedIdleNs), violations);
  }

  /** True when the configuration claims isolation. */
  public boolean claimsIsolation() {
    return !claim.equals("none");
  }
}
