package org.hvsched.kvm.cfs;

import org.hvsched.api.Domain;
import org.hvsched.kvm.cfs.group.CfsBandwidth;

/** The cpu.max a domain's neutral cap becomes on its VM cgroup. */
final class Bandwidths {
  private Bandwidths() {}

  /**
   * quota = cap% x period (a cap of 150 is one and a half CPUs), period = {@code cfsPeriodUs};
   * null when the domain has no cap. The kernel refuses a quota under 1 ms ({@code EINVAL}).
   */
  static CfsBandwidth of(Domain d, CfsSettings s) {
    if (!d.capped()) {
      return null;
    }
    long periodNs = s.cfsPeriodUs() * 1000;
    long quotaNs = periodNs * d.capPercent() / 100;
    if (quotaNs < 1_000_000) {
      throw new IllegalArgumentException(String.format(
          "domain %s: cap %d%% of a %d us period is a cpu.max quota of %d us; the kernel"
              + " needs at least 1000 us (raise cap or cfsPeriodUs)",
          d.name(), d.capPercent(), s.cfsPeriodUs(), quotaNs / 1000));
    }
    return new CfsBandwidth(quotaNs, periodNs, s.bandwidthSliceUs() * 1000);
  }
}
