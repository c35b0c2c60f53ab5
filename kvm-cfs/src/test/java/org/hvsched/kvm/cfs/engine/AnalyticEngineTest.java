package org.hvsched.kvm.cfs.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hvsched.harness.run.RunResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The analytic checks on the real engine (switch and IPI costs included): VM weights split a
 * CPU by their ratio within 2 points; a cap limits a VM of CPU hogs to cap% of one CPU within 2
 * points. (Nice levels have no scenario key; that check runs on the fake host.)
 */
final class AnalyticEngineTest {

  private static double share(RunResult r, int domain) {
    double cpuNs = r.domains().get(domain).stats().cpuNs();
    return cpuNs / r.durationNs();
  }

  @ParameterizedTest
  @ValueSource(strings = {"kvm.cfs", "kvm.eevdf"})
  void weights256And768_oneCpu_splitOneToThree(String policy) {
    RunResult r = Runs.run("""
        name: weights
        topology: 1x2x1
        duration: 2s
        policy: {id: %s}
        domains:
          - {name: light, vcpus: 1, weight: 256, affinity: "0", workload: {type: cpu-bound}}
          - {name: heavy, vcpus: 1, weight: 768, affinity: "0", workload: {type: cpu-bound}}
        """.formatted(policy));
    assertThat(share(r, 0)).isCloseTo(0.25, within(0.02));
    assertThat(share(r, 1)).isCloseTo(0.75, within(0.02));
  }

  @ParameterizedTest
  @ValueSource(strings = {"kvm.cfs", "kvm.eevdf"})
  void cap50_twoHogsOnFourCpus_halfACpu(String policy) {
    RunResult r = Runs.run("""
        name: cap
        topology: 1x4x1
        duration: 2s
        policy: {id: %s}
        domains:
          - {name: capped, vcpus: 2, cap: 50, workload: {type: cpu-bound}}
          - {name: free, vcpus: 1, workload: {type: cpu-bound}}
        """.formatted(policy));
    assertThat(share(r, 0)).isCloseTo(0.50, within(0.02));
    assertThat(share(r, 1)).isCloseTo(1.0, within(0.02));
    assertThat(r.domains().get(0).stats().parkedNs()).isPositive();
  }
}
