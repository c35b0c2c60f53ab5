package org.hvsched.kvm.cfs;

/** {@code kvm.eevdf}: Linux 6.6 EEVDF with core scheduling, as a KVM host schedules vCPUs. */
public final class EevdfProvider extends ProviderSupport {
  /** The policy id. */
  public static final String ID = "kvm.eevdf";

  /** The provider ServiceLoader creates. */
  public EevdfProvider() {
    super(FairClass.EEVDF);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Linux 6.6 EEVDF (lag, eligibility, virtual deadlines from the base slice, placement"
        + " with lag, RUN_TO_PARITY)"
        + ProviderSupport.COMMON;
  }
}
