package org.hvsched.kvm.cfs;

/** Which cgroup interface sets the VM group's weight. */
public enum CgroupVersion {
  /** cgroup v1 {@code cpu.shares}: shares = 4 x weight, clamped to [2, 262144]. */
  V1,
  /**
   * cgroup v2 {@code cpu.weight} = round(shares x 100 / 1024) clamped to [1, 10000], stored back
   * as round(cpu.weight x 1024 / 100) ({@code sched_weight_from_cgroup}).
   */
  V2;

  /** The setting value. */
  public String id() {
    return this == V1 ? "v1" : "v2";
  }

  /**
   * The group's shares (unscaled, 1024 = a nice-0 task) for a scenario's neutral weight:
   * 4 x weight written to {@code cpu.shares}, or converted to {@code cpu.weight} and back.
   */
  public long sharesFor(int neutralWeight) {
    long shares = Math.max(2, Math.min(262_144, 4L * neutralWeight));
    if (this == V1) {
      return shares;
    }
    long cgroupWeight = Math.max(1, Math.min(10_000, (shares * 100 + 512) / 1024));
    return (cgroupWeight * 1024 + 50) / 100;
  }
}
