/**
 * Linux's fair scheduling class as data structures and operations ({@code kernel/sched/fair.c},
 * {@code sched.h}): scheduling entities and per-CPU {@code cfs_rq}s ordered by vruntime (and
 * deadline), the nice tables and {@code calc_delta_fair}, the CFS 6.1 and EEVDF 6.6 rules behind
 * one interface, the hierarchical enqueue/dequeue/pick/tick of VM task groups, cpu.max
 * throttling, the cross-sibling priority of core scheduling, and the invariants recomputed from
 * raw state. Nothing here knows the SPI's engine; the policy drives it through
 * {@link org.hvsched.kvm.cfs.fair.Runqueues} and {@link org.hvsched.kvm.cfs.fair.Host}.
 */
package org.hvsched.kvm.cfs.fair;
