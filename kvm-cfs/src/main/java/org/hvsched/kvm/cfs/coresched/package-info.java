/**
 * Linux core scheduling's pick ({@code kernel/sched/core.c}, 5.15+): per-core shared state,
 * the two-pass core-wide selection that makes every sibling run the highest-priority task's
 * cookie or forced idle, forced-idle accounting ({@code core_sched.c}), and cookie stealing
 * into a forced-idle CPU ({@code sched_core_balance}/{@code try_steal_cookie}).
 */
package org.hvsched.kvm.cfs.coresched;
