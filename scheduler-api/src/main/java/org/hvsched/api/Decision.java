package org.hvsched.api;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * The answer of {@link SchedPolicy#schedule}: what each thread runs next and for how long.
 *
 * <p>The assignments must cover every thread of the scheduling resource the decision was asked
 * for (one thread for {@link Granularity#THREAD}, the pool's threads of the core or socket
 * otherwise). They may also name threads <em>outside</em> the resource: those are remote
 * assignments, delivered by an IPI (Linux's core-wide pick rescheduling a sibling). A thread
 * whose occupant does not change keeps running without a switch.
 *
 * @param assignments per-thread occupants, at most one per CPU
 * @param sliceNs time until the engine asks the resource again, or {@link #NO_SLICE} (the policy
 *     relies on its own timers, as CFS relies on its tick)
 * @param reason a short label of the rule that decided (traces show it), never null
 */
public record Decision(List<Assignment> assignments, long sliceNs, String reason) {

  /** No slice timer: the policy will reschedule through its own timers or events. */
  public static final long NO_SLICE = -1;

  public Decision {
    assignments = List.copyOf(assignments);
    checkArgument(!assignments.isEmpty(), "a decision assigns at least one cpu");
    checkArgument(sliceNs == NO_SLICE || sliceNs > 0, "slice must be positive or NO_SLICE: %s",
        sliceNs);
    reason = reason == null ? "" : reason;
    for (int i = 0; i < assignments.size(); i++) {
      for (int j = i + 1; j < assignments.size(); j++) {
        checkArgument(assignments.get(i).cpu() != assignments.get(j).cpu(),
            "cpu %s assigned twice", assignments.get(i).cpu());
      }
    }
  }

  /** A decision for one thread. */
  public static Decision of(int cpu, Occupant next, long sliceNs, String reason) {
    return new Decision(List.of(new Assignment(cpu, next)), sliceNs, reason);
  }

  /** The occupant assigned to {@code cpu}, or null when the decision does not name it. */
  public Occupant occupantOf(int cpu) {
    for (Assignment a : assignments) {
      if (a.cpu() == cpu) {
        return a.next();
      }
    }
    return null;
  }
}
