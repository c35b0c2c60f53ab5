package org.hvsched.core.stats;

import java.util.List;
import java.util.Optional;

/**
 * What the isolation auditor measured: sibling threads in guest state of different trust
 * domains (guest/guest), and in guest state next to host work (guest/host).
 *
 * @param claim the claim level of the run ("none", "core", "socket"; the strongest of its pools)
 * @param guestGuestNs guest/guest overlap, all cores, transitions included
 * @param transitionNs part of it where one side was leaving after a remote reschedule
 * @param guestHostNs guest next to host state
 * @param windows number of guest/guest windows
 * @param longestWindowNs longest guest/guest window
 * @param byPair guest/guest by trust-domain pair, sorted
 * @param violation the first guest/guest overlap outside switch windows on a claimed core
 */
public record IsolationReport(String claim, long guestGuestNs, long transitionNs,
    long guestHostNs, long windows, long longestWindowNs, List<PairExposure> byPair,
    Optional<IsolationViolation> violation) {}
