package org.hvsched.kvm.cfs;

import java.util.List;
import org.hvsched.harness.tck.SettingVariant;

/** {@code kvm.eevdf} passes the policy conformance kit, without and with core scheduling. */
final class EevdfConformanceTest extends LinuxConformanceSuite {
  @Override
  protected String policyId() {
    return "kvm.eevdf";
  }

  @Override
  protected List<SettingVariant> settingVariants() {
    return List.of(SettingVariant.of("none", "coreSched", "none"),
        SettingVariant.of("full", "coreSched", "full"));
  }
}
