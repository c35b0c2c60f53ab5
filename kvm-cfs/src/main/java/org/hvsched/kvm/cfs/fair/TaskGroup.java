package org.hvsched.kvm.cfs.fair;

import org.hvsched.kvm.cfs.group.CfsBandwidth;

/**
 * A {@code struct task_group}: the root group, or one VM's cgroup (libvirt's
 * {@code machine.slice/<vm>}), with a queue and a group entity on every CPU of the pool, its
 * shares and, when capped, its {@code cpu.max} bandwidth.
 *
 * <p>Simplification: libvirt puts each vCPU, the emulator and each I/O thread in a child cgroup
 * of the VM group. Each child holds one thread with the default weight, so its group entity
 * weighs what the thread weighs (the child's whole load is on one CPU); the model queues the
 * threads directly in the VM group, which gives the same weights one level shallower.
 */
public final class TaskGroup {
  private final int id;
  private final String name;
  private final long shares;
  final CfsRq[] queues;
  final Entity[] entities;
  final CfsBandwidth bandwidth;
  private long totalLoad;

  /**
   * @param maxCpu highest CPU number of the pool
   * @param shares unscaled shares (1024 = one nice-0 task); ignored for the root
   * @param bandwidth cpu.max state, or null when unlimited
   */
  TaskGroup(int id, String name, int maxCpu, long shares, CfsBandwidth bandwidth) {
    this.id = id;
    this.name = name;
    this.shares = shares;
    this.queues = new CfsRq[maxCpu + 1];
    this.entities = new Entity[maxCpu + 1];
    this.bandwidth = bandwidth;
  }

  /** Dense id; the root group is 0. */
  public int id() {
    return id;
  }

  /** The cgroup name (the VM name; "root"). */
  public String name() {
    return name;
  }

  /** Unscaled shares ({@code tg->shares}). */
  public long shares() {
    return shares;
  }

  /** True for the root group. */
  public boolean isRoot() {
    return id == 0;
  }

  /** The group's queue on {@code cpu}. */
  public CfsRq queue(int cpu) {
    return queues[cpu];
  }

  /** The group's entity on {@code cpu} (null for the root). */
  public Entity entity(int cpu) {
    return entities[cpu];
  }

  /** cpu.max state, or null. */
  public CfsBandwidth bandwidth() {
    return bandwidth;
  }

  /** Sum of the group's queue loads over all CPUs (the model's {@code tg->load_avg}). */
  public long totalLoad() {
    return totalLoad;
  }

  void loadChanged(long delta) {
    totalLoad += delta;
  }

  @Override
  public String toString() {
    return name;
  }
}
