/**
 * The scheduler SPI: the contract every hvsched policy is written against.
 *
 * <p>A policy ({@link org.hvsched.api.SchedPolicy}) manages the CPUs of one pool
 * ({@link org.hvsched.api.PoolSpec}); it is created by a {@link org.hvsched.api.PolicyProvider}
 * found through {@link java.util.ServiceLoader}, configured by named settings
 * ({@link org.hvsched.api.settings}). It sees {@link org.hvsched.api.Domain}s and their
 * {@link org.hvsched.api.Task}s (vCPUs and other VM threads with pid/tgid/pgid), is told what
 * happened (add, wake, block, yield, timer) and is asked what to run
 * ({@link org.hvsched.api.SchedPolicy#schedule}) for a <em>scheduling resource</em>. The answer
 * is a {@link org.hvsched.api.Decision}: an {@link org.hvsched.api.Occupant} per thread (a task,
 * idle, forced idle or reserved idle), an optional slice, and a reason for the trace. Timers and
 * reschedules of other CPUs go through the {@link org.hvsched.api.PolicyContext}; the policy
 * never reads a clock. Its isolation claim ({@link org.hvsched.api.IsolationClaim}) is checked by
 * the engine's auditor, which knows only thread states and trust domains.
 *
 * <h2>How the three kinds of scheduler map onto it</h2>
 *
 * <p><b>Plain per-thread policies</b> (Xen {@code sched-gran=cpu}, CFS without cookies,
 * {@code basic.rr}): {@link org.hvsched.api.Granularity#THREAD}. Each decision names exactly the
 * CPU it was asked for; a waking task is queued and the policy asks for a reschedule of the CPU
 * that should take it ({@code resched}), which lands after the IPI latency.
 *
 * <p><b>Xen's unit granularity</b> ({@code sched-gran=core|socket}, {@code basic.gang}):
 * {@link org.hvsched.api.Granularity#CORE} or {@code SOCKET}. The engine runs the rendezvous:
 * when any thread of the resource must reschedule, all its threads enter host state, the policy's
 * {@code schedule} is called once when the last arrives, and its decision must fill every thread
 * of the resource: with the vCPUs of one {@link org.hvsched.api.SchedUnit}, and
 * {@link org.hvsched.api.Occupant.ReservedIdle} where the unit has no vCPU for a thread or the
 * vCPU is blocked. All threads switch together. A member that blocks leads to a full rendezvous
 * (the engine calls {@code block} then {@code schedule}); a member that wakes while its unit runs
 * is switched in alone, without a decision, by {@link org.hvsched.api.PolicyContext#assign}.
 *
 * <p><b>Linux's core-wide pick</b> (core scheduling): {@link org.hvsched.api.Granularity#THREAD}
 * stays the resource, but a decision may also name the sibling threads: those are remote
 * assignments, carried out when the IPI lands (the picking CPU does not wait for it, exactly as
 * upstream), and the engine marks a sibling that still runs its old task as <em>leaving</em> so
 * the auditor counts any overlap as {@code transitionNs}. A sibling that the chosen cookie leaves
 * with nothing is assigned {@link org.hvsched.api.Occupant.ForcedIdle}. Untouched siblings are
 * simply not named.
 *
 * <p>Ordering structures: {@link org.hvsched.api.RunQueue} keeps any policy key with the unique
 * id as final tie-breaker, O(log n). The reference policies in {@code org.hvsched.api.reference}
 * are the examples to copy.
 */
package org.hvsched.api;
