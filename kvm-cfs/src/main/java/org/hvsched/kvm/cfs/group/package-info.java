/**
 * Group scheduling arithmetic for the VM cgroups, free of queue structures: the group entity
 * weight ({@code calc_group_shares}) and the {@code cpu.max} bandwidth pool with its per-CPU
 * runtime slices and period refill ({@code kernel/sched/fair.c}, CFS bandwidth control).
 */
package org.hvsched.kvm.cfs.group;
