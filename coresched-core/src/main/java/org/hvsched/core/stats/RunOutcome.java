package org.hvsched.core.stats;

import java.util.List;

/**
 * The measurements of one simulation.
 *
 * @param measuredNs duration minus warm-up
 * @param domains per domain, in domain id order
 * @param tasks per task, in task id order
 * @param host host totals
 * @param isolation what the auditor saw
 * @param events events processed (for throughput figures)
 */
public record RunOutcome(long measuredNs, List<DomainStats> domains, List<TaskStats> tasks,
    HostStats host, IsolationReport isolation, long events) {}
