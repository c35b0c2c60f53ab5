package org.hvsched.xen.credit2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hvsched.api.Domain;
import org.hvsched.api.SchedUnit;
import org.hvsched.api.Task;
import org.hvsched.topology.CpuSet;

/**
 * Builds a domain's units as {@code sched_move_domain} groups vCPUs: unit k holds vCPUs
 * {@code k*gran .. k*gran+gran-1}; a domain with fewer vCPUs leaves slots empty. Other VM threads
 * (not vCPUs, so not Xen's) each become a one-member unit of their domain, which under gran
 * core/socket still takes a whole resource with reserved idle siblings.
 *
 * <p>Affinity is per unit in Xen ({@code sched_set_affinity}): libxl sets it vCPU by vCPU in
 * ascending order, so the unit keeps its last member's masks. A hard affinity that holds no master
 * CPU of the pool is rejected, as {@code vcpu_set_affinity} does with EINVAL. An empty soft
 * affinity is taken as Xen's default, all CPUs.
 */
final class UnitFactory {
  private static final CpuSet ALL = CpuSet.range(0, CpuSet.MAX_CPU);

  private UnitFactory() {}

  static List<SchedUnit> unitsOf(Domain domain, List<Task> tasks, int gran, int firstId) {
    List<Task> vcpus = tasks.stream().filter(Task::isVcpu).toList();
    List<SchedUnit> out = new ArrayList<>(SchedUnit.consecutive(domain, vcpus, gran, firstId));
    List<Task> others = tasks.stream().filter(t -> !t.isVcpu())
        .sorted(Comparator.comparingInt(Task::id)).toList();
    for (Task t : others) {
      List<Task> slots = new ArrayList<>();
      slots.add(t);
      for (int i = 1; i < gran; i++) {
        slots.add(null);
      }
      out.add(new SchedUnit(firstId + out.size(), domain, slots));
    }
    return out;
  }

  static UnitState stateOf(SchedUnit unit, DomainState dom, CpuSet poolMasters) {
    Task last = null;
    for (Task t : unit.slots()) {
      if (t != null) {
        last = t;
      }
    }
    CpuSet hard = last.hardAffinity();
    if (!hard.intersects(poolMasters)) {
      throw new IllegalArgumentException(String.format("%s: hard affinity %s holds no first"
          + " thread of a scheduling resource of the pool (%s); Xen rejects it with EINVAL",
          last.name(), hard, poolMasters));
    }
    CpuSet soft = last.softAffinity().isEmpty() ? ALL : last.softAffinity();
    return new UnitState(unit, dom, last.isVcpu(), hard, soft);
  }
}
