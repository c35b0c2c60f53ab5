package org.hvsched.core.stats;

/**
 * The first breach of a claim: simulated time, the two CPUs and the two trust domains.
 *
 * @param atNs when the overlap began
 * @param cpuA one sibling
 * @param cpuB the other sibling
 * @param trustA trust domain on cpuA
 * @param trustB trust domain on cpuB
 * @param violatingNs total guest/guest time outside switch windows on claimed cores
 */
public record IsolationViolation(long atNs, int cpuA, int cpuB, String trustA, String trustB,
    long violatingNs) {

  /** One line for the user. */
  public String describe() {
    return String.format(
        "guest/guest exposure on a claimed core: CPUs %d and %d ran %s and %s at once from"
            + " t=%dns (%dns outside switch windows in total)",
        cpuA, cpuB, trustA, trustB, atNs, violatingNs);
  }
}
