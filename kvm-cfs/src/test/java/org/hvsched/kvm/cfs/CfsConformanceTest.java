package org.hvsched.kvm.cfs;

import java.util.List;
import org.hvsched.harness.tck.SettingVariant;

/** {@code kvm.cfs} passes the policy conformance kit, without and with core scheduling. */
final class CfsConformanceTest extends LinuxConformanceSuite {
  @Override
  protected String policyId() {
    return "kvm.cfs";
  }

  @Override
  protected List<SettingVariant> settingVariants() {
    return List.of(SettingVariant.of("none", "coreSched", "none"),
        SettingVariant.of("vcpus", "coreSched", "vcpus"));
  }
}
