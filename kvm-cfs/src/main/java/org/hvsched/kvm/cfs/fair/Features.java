package org.hvsched.kvm.cfs.fair;

/**
 * The scheduler features ({@code kernel/sched/features.h}) an instance runs with.
 *
 * @param eevdf EEVDF (6.6) instead of CFS (6.1)
 * @param gentleFairSleepers CFS {@code GENTLE_FAIR_SLEEPERS}
 * @param wakeupPreemption {@code WAKEUP_PREEMPTION}
 * @param runToParity EEVDF {@code RUN_TO_PARITY}
 * @param placeLag EEVDF {@code PLACE_LAG}
 */
public record Features(boolean eevdf, boolean gentleFairSleepers, boolean wakeupPreemption,
    boolean runToParity, boolean placeLag) {}
