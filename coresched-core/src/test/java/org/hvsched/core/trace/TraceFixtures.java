package org.hvsched.core.trace;

import java.util.ArrayList;
import java.util.List;
import org.hvsched.api.Domain;
import org.hvsched.api.Task;
import org.hvsched.api.TaskKind;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.SyntheticSpec;
import org.hvsched.topology.Topology;

/** Hosts and tasks for trace tests, with the pid scheme of formats.md (vmN: tgid N*1000+1000). */
final class TraceFixtures {
  private TraceFixtures() {}

  /** The reference host of formats.md's example: 16 CPUs, siblings {c, c+8}. */
  static Topology host16() {
    return SyntheticSpec.parse("1x8x2");
  }

  /**
   * {@code vms} VMs of {@code vcpus} vCPUs each on {@code topology}: VM k (from 1) is
   * {@code vmk}, tgid {@code (k+1)*1000}, vCPU i pid {@code tgid+1+i}, task ids dense.
   */
  static List<Task> vcpus(Topology topology, int vms, int vcpus) {
    CpuSet all = topology.online();
    List<Task> tasks = new ArrayList<>();
    for (int vm = 1; vm <= vms; vm++) {
      Domain d = new Domain(vm - 1, "vm" + vm, vcpus, 256, 0, all, all, "vm" + vm, "Pool-0");
      int tgid = (vm + 1) * 1000;
      for (int i = 0; i < vcpus; i++) {
        tasks.add(new Task(tasks.size(), d.name() + "/vcpu" + i, d, TaskKind.VCPU, i,
            tgid + 1 + i, tgid, tgid, all, all));
      }
    }
    return tasks;
  }
}
