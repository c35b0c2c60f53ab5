package org.hvsched.api;

import static java.util.Objects.requireNonNull;

import org.hvsched.topology.CpuSet;

/**
 * Which cores a policy instance promises to keep free of two trust domains at once.
 *
 * @param level {@code NONE}, {@code CORE} or {@code SOCKET}
 * @param cpus the CPUs whose cores are claimed (empty for NONE)
 */
public record IsolationClaim(Level level, CpuSet cpus) {

  /** How far the claim reaches. */
  public enum Level {
    NONE, CORE, SOCKET;

    /** Name used in results ("none", "core", "socket"). */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public IsolationClaim {
    requireNonNull(level, "level");
    requireNonNull(cpus, "cpus");
    if (level == Level.NONE) {
      cpus = CpuSet.empty();
    }
  }

  /** No claim. */
  public static IsolationClaim none() {
    return new IsolationClaim(Level.NONE, CpuSet.empty());
  }

  /** Claims the cores of these CPUs. */
  public static IsolationClaim cores(CpuSet cpus) {
    return new IsolationClaim(cpus.isEmpty() ? Level.NONE : Level.CORE, cpus);
  }

  /** True when the claim covers {@code cpu}'s core. */
  public boolean covers(int cpu) {
    return level != Level.NONE && cpus.contains(cpu);
  }
}
