package org.hvsched.core.stats;

/**
 * Host totals over the measured window; {@code busyNs + idleNs + forcedIdleNs + reservedIdleNs}
 * = cpus x measured time.
 *
 * @param cpus online CPUs of the run's view
 * @param busyNs guest time plus host state (host work, switches, rendezvous waits)
 * @param idleNs plain idle
 * @param forcedIdleNs forced idle (Linux core scheduling)
 * @param reservedIdleNs reserved idle (Xen sched-gran)
 * @param hostWorkNs host interrupt / VM-exit work
 * @param rendezvousNs time threads spent in Xen rendezvous waits
 * @param switchNs time threads spent context switching
 * @param contextSwitches switches completed
 * @param migrations task switch-ins on another CPU than the task's last
 */
public record HostStats(int cpus, long busyNs, long idleNs, long forcedIdleNs,
    long reservedIdleNs, long hostWorkNs, long rendezvousNs, long switchNs, long contextSwitches,
    long migrations) {}
