package org.hvsched.core.stats;

import org.HdrHistogram.Histogram;
import org.hvsched.api.Task;

/**
 * What happened to one task over the measured window.
 *
 * @param task the task
 * @param cpuNs time in guest state on a CPU (running, spinning included)
 * @param waitNs runnable but not running (a task in a switch counts here)
 * @param parkedNs runnable but held back by a cap
 * @param blockedNs not runnable
 * @param workNs work done (ns at full single-thread speed)
 * @param spinNs part of {@code cpuNs} spent spinning
 * @param forcedIdleNs sibling time forced idle while this task ran beside it
 * @param contextSwitches times the task was switched in
 * @param migrations times the task was switched in on another CPU than the last
 * @param wakeLatency wake-up to running, ns
 */
public record TaskStats(Task task, long cpuNs, long waitNs, long parkedNs, long blockedNs,
    long workNs, long spinNs, long forcedIdleNs, long contextSwitches, long migrations,
    Histogram wakeLatency) {}
