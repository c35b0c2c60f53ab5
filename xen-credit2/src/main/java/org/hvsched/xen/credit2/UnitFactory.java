package org.hvsched.xen.credit2;

import java.util.ArrayList;
import java.util.BitSet;
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
 * ascending order, so the unit keeps its last member's masks, and Xen tests it on master CPUs
 * only. The host checks every task against its own hard affinity, so under gran core/socket the
 * unit may only use resources whose master is in that mask <em>and</em> whose thread for each
 * member is in the member's affinity (the same as Xen whenever affinities name whole cores). No
 * such resource: rejected, as {@code vcpu_set_affinity} rejects a mask without a master CPU
 * (EINVAL). An empty soft affinity is taken as Xen's default, all CPUs.
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

  static UnitState stateOf(SchedUnit unit, DomainState dom, List<Resource> resources) {
    Task last = null;
    for (Task t : unit.slots()) {
      if (t != null) {
        last = t;
      }
    }
    CpuSet rawHard = last.hardAffinity();
    BitSet allowed = new BitSet();
    for (Resource r : resources) {
      if (rawHard.contains(r.master) && membersFit(unit, r)) {
        allowed.set(r.master);
      }
    }
    if (allowed.isEmpty()) {
      throw new IllegalArgumentException(String.format("%s: no scheduling resource of the pool"
          + " fits its hard affinity %s (Xen tests a unit's affinity on the first thread of each"
          + " resource and rejects a mask without one, EINVAL; every member must also be allowed"
          + " on its own thread)", unit, rawHard));
    }
    CpuSet soft = last.softAffinity().isEmpty() ? ALL : last.softAffinity();
    return new UnitState(unit, dom, last.isVcpu(), rawHard, CpuSet.fromBitSet(allowed), soft);
  }

  private static boolean membersFit(SchedUnit unit, Resource r) {
    for (int i = 0; i < unit.slots().size(); i++) {
      Task t = unit.slots().get(i);
      if (t != null && !t.hardAffinity().contains(r.threads[i])) {
        return false;
      }
    }
    return true;
  }
}
