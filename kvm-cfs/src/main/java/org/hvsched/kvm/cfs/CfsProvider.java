package org.hvsched.kvm.cfs;

/** {@code kvm.cfs}: Linux 6.1 CFS with core scheduling, as a KVM host schedules vCPUs. */
public final class CfsProvider extends ProviderSupport {
  /** The policy id. */
  public static final String ID = "kvm.cfs";

  /** The provider ServiceLoader creates. */
  public CfsProvider() {
    super(FairClass.CFS);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Linux 6.1 CFS (vruntime, latency/granularity tunables, sleeper credit, buddies)"
        + ProviderSupport.COMMON;
  }
}
