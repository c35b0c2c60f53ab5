package org.hvsched.xen.credit2;

import java.util.List;
import java.util.Map;
import org.hvsched.harness.tck.PolicyConformanceSuite;
import org.hvsched.harness.tck.SettingVariant;

/**
 * {@code xen.credit2} passes the policy conformance kit with sched-gran cpu and core (the core
 * variant is where isolation of claimed cores is checked).
 *
 * <p>Two settings of the kit are raised, for upstream reasons: the starvation bound is 150 ms,
 * since a credit2 epoch on a runqueue lasts until the best credit reaches zero (about 10 ms per
 * max-weight unit queued there) and a low-weight unit may get its turn once per epoch; and the
 * core variant charges cap budgets in thread time ({@code capResourceTime: false}), because Xen
 * charges resource time under sched-gran core, where the kit's "cap 50 gives half a CPU" for a
 * two-vCPU unit becomes one CPU (tested as upstream in {@code Credit2GranularityTest}).
 * Work conservation is not declared (see {@link Credit2Provider#capabilities()}).
 */
final class Credit2ConformanceTest extends PolicyConformanceSuite {
  @Override
  protected String policyId() {
    return "xen.credit2";
  }

  @Override
  protected List<SettingVariant> settingVariants() {
    return List.of(new SettingVariant("cpu", Map.of("schedGran", "cpu")),
        new SettingVariant("core", Map.of("schedGran", "core", "capResourceTime", false)));
  }

  @Override
  protected long starvationBoundNs(SettingVariant variant) {
    return 150_000_000L;
  }

  @Override
  protected boolean pinsSingleThreads(SettingVariant variant) {
    return variant.name().equals("cpu");
  }
}
