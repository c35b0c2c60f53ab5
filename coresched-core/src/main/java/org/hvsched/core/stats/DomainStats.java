package org.hvsched.core.stats;

import org.HdrHistogram.Histogram;
import org.hvsched.api.Domain;

/**
 * The sum over a domain's tasks, plus the idle time it caused.
 *
 * @param domain the domain
 * @param tasks number of tasks summed (vCPUs plus extra VM threads)
 * @param cpuNs time in guest state
 * @param waitNs runnable, not running
 * @param parkedNs held back by a cap
 * @param blockedNs not runnable
 * @param workNs work done
 * @param forcedIdleNs sibling time forced idle because of this domain's tasks
 * @param reservedIdleNs threads held idle by this domain's units
 * @param contextSwitches switches in
 * @param migrations switches in on another CPU
 * @param wakeLatency wake-up to running, ns
 */
public record DomainStats(Domain domain, int tasks, long cpuNs, long waitNs, long parkedNs,
    long blockedNs, long workNs, long forcedIdleNs, long reservedIdleNs, long contextSwitches,
    long migrations, Histogram wakeLatency) {}
