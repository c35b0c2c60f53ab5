package org.hvsched.api;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A scheduling unit: vCPUs of one domain that are scheduled together on the threads of one
 * resource (Xen's {@code sched_unit}). Slot {@code i} holds the vCPU that runs on the resource's
 * {@code i}-th thread, or null where the domain has no such vCPU (its thread then holds
 * {@link Occupant.ReservedIdle reserved idle}).
 *
 * @param id dense unit id within the policy instance (the runqueue tie-breaker)
 * @param domain the owning domain
 * @param slots one entry per thread of the resource, null where absent
 */
public record SchedUnit(int id, Domain domain, List<Task> slots) {

  public SchedUnit {
    checkArgument(id >= 0, "unit id must be >= 0: %s", id);
    checkArgument(!slots.isEmpty(), "a unit has at least one slot");
    slots = Collections.unmodifiableList(new ArrayList<>(slots));
    checkArgument(slots.stream().anyMatch(t -> t != null), "unit %s has no member", id);
  }

  /**
   * Xen's fixed grouping ({@code sched_move_domain}): unit k holds vCPUs k*gran .. k*gran+gran-1
   * of the domain; a domain with fewer vCPUs leaves the last slots empty.
   *
   * @param vcpus the domain's vCPU tasks (any order)
   * @param gran threads per resource
   * @param firstId id of the first unit; the others follow
   */
  public static List<SchedUnit> consecutive(Domain domain, List<Task> vcpus, int gran,
      int firstId) {
    checkArgument(gran >= 1, "granularity must be >= 1: %s", gran);
    int maxIndex = vcpus.stream().mapToInt(Task::vcpuIndex).max().orElse(-1);
    Task[] byIndex = new Task[maxIndex + 1];
    for (Task t : vcpus) {
      checkArgument(t.isVcpu() && t.domain().equals(domain), "%s is not a vCPU of %s", t,
          domain.name());
      checkArgument(byIndex[t.vcpuIndex()] == null, "vCPU index %s twice", t.vcpuIndex());
      byIndex[t.vcpuIndex()] = t;
    }
    List<SchedUnit> units = new ArrayList<>();
    for (int first = 0; first <= maxIndex; first += gran) {
      Task[] slots = Arrays.copyOfRange(byIndex, first, first + gran);
      if (Arrays.stream(slots).anyMatch(t -> t != null)) {
        units.add(new SchedUnit(firstId + units.size(), domain, Arrays.asList(slots)));
      }
    }
    return List.copyOf(units);
  }

  /** The slot of {@code task} in this unit, or -1. */
  public int slotOf(Task task) {
    return slots.indexOf(task);
  }

  /** Number of present members. */
  public int memberCount() {
    return (int) slots.stream().filter(t -> t != null).count();
  }

  @Override
  public String toString() {
    return domain.name() + "/u" + id;
  }
}
