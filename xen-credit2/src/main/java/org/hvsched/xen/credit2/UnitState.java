package org.hvsched.xen.credit2;

import java.util.BitSet;
import org.hvsched.api.SchedUnit;
import org.hvsched.api.Task;
import org.hvsched.topology.CpuSet;

/**
 * One scheduling unit as credit2 ({@code struct csched2_unit}) and the generic layer
 * ({@code struct sched_unit}: resource, {@code is_running}, {@code state_entry_time}, pause
 * flags) see it. Mutable, owned by one {@link Credit2Policy}.
 */
final class UnitState {
  final SchedUnit unit;
  final DomainState dom;
  /** False for a unit made of one non-vCPU VM thread (outside Xen's model). */
  final boolean vcpuUnit;
  /**
   * Master CPUs the unit may use: Xen's unit hard affinity tested on masters, narrowed (gran
   * core/socket) to resources where every member's thread is in that member's own affinity.
   */
  final CpuSet hard;
  final CpuSet soft;
  /** {@code unit->soft_aff_effective}: hard is not within soft and they intersect. */
  final boolean softAffEffective;
  /** {@code CSFLAG_pinned}: the hard affinity has exactly one CPU. */
  final boolean pinned;
  final boolean[] memberRunnable;
  /** {@link #hard} as a bit set; shared, never modified. */
  final BitSet hardBits;
  /** {@code affinity_balance_cpumask} for the soft step: soft and hard, or hard; never modified. */
  final BitSet softStepBits;
  /** Cached {@code has_soft_affinity} (depends on the pool's masters, fixed for life). */
  Boolean hasSoft;

  int credit = Credit2Constants.CREDIT_INIT;
  int weight;
  int residual;
  long startTimeNs;
  long budgetNs = Credit2Constants.NO_BUDGET_LIMIT;
  long budgetQuotaNs;
  long avgLoad;
  long loadLastSample;
  RunqueueState rq;
  RunqueueState migrateRq;
  int tickledCpu = -1;
  boolean scheduled;
  boolean delayedRunqAdd;
  boolean migrateRequest;
  boolean yielding;
  /** The master CPU of the unit's resource ({@code sched_unit_master}). */
  int master = -1;
  boolean isRunning;
  long stateEntryTimeNs;
  /** Pause flag {@code _VPF_parked}: out of cap budget. */
  boolean parked;
  /** Pause flag {@code _VPF_migrating}: a balance move waits for the switch-out. */
  boolean migrating;
  /** Migration compensations since the last reset (bounds the credit in checkInvariants). */
  int compensations;

  UnitState(SchedUnit unit, DomainState dom, boolean vcpuUnit, CpuSet rawHard, CpuSet hard,
      CpuSet soft) {
    this.unit = unit;
    this.dom = dom;
    this.vcpuUnit = vcpuUnit;
    this.hard = hard;
    this.soft = soft;
    this.softAffEffective = !soft.containsAll(rawHard) && soft.intersects(rawHard);
    this.pinned = rawHard.size() == 1;
    this.memberRunnable = new boolean[unit.slots().size()];
    this.hardBits = hard.toBitSet();
    BitSet step = soft.toBitSet();
    step.and(hardBits);
    this.softStepBits = step.isEmpty() ? hardBits : step;
  }

  int id() {
    return unit.id();
  }

  /** {@code unit_runnable}: some member can run and no pause flag is set. */
  boolean runnable() {
    if (parked || migrating) {
      return false;
    }
    for (boolean r : memberRunnable) {
      if (r) {
        return true;
      }
    }
    return false;
  }

  /** {@code has_cap}. */
  boolean capped() {
    return budgetNs != Credit2Constants.NO_BUDGET_LIMIT;
  }

  Task member(int slot) {
    return unit.slots().get(slot);
  }

  @Override
  public String toString() {
    return unit.toString();
  }
}
