package org.hvsched.harness.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Mean and Student-t 95% interval match values computed by hand from t tables. */
final class MeanCiTest {

  @Test
  void threeValues_tableQuantile_halfWidthAsComputedByHand() {
    // mean 12, s = sqrt(((-2)^2 + 0 + 2^2) / 2) = 2, t(0.975, 2) = 4.3027 (table)
    // ci = 4.3027 * 2 / sqrt(3) = 4.9683
    MeanCi m = MeanCi.of(new double[] {10, 12, 14});
    assertThat(m.mean()).isEqualTo(12.0);
    assertThat(m.ci95()).isCloseTo(4.3027 * 2 / Math.sqrt(3), within(1e-3));
    assertThat(m.ci95()).isCloseTo(4.9683, within(1e-3));
    assertThat(m.n()).isEqualTo(3);
  }

  @Test
  void fiveValues_tableQuantile_halfWidthAsComputedByHand() {
    // mean 3, s = sqrt(10 / 4) = 1.5811, t(0.975, 4) = 2.7764 (table)
    // ci = 2.7764 * 1.5811 / sqrt(5) = 1.9632
    MeanCi m = MeanCi.of(new double[] {1, 2, 3, 4, 5});
    assertThat(m.mean()).isEqualTo(3.0);
    assertThat(m.ci95()).isCloseTo(1.9632, within(1e-3));
  }

  @Test
  void twoValues_largeQuantile_halfWidthAsComputedByHand() {
    // mean 150, s = sqrt(2 * 50^2 / 1) = 70.711, t(0.975, 1) = 12.706 (table)
    // ci = 12.706 * 70.711 / sqrt(2) = 635.30
    MeanCi m = MeanCi.of(new double[] {100, 200});
    assertThat(m.mean()).isEqualTo(150.0);
    assertThat(m.ci95()).isCloseTo(635.30, within(0.05));
  }

  @Test
  void tQuantile_manyDegrees_approachesNormal() {
    assertThat(MeanCi.tQuantile975(1000)).isCloseTo(1.9623, within(1e-3));
  }

  @Test
  void oneValue_noSpread_intervalIsZero() {
    MeanCi m = MeanCi.of(new double[] {42});
    assertThat(m.mean()).isEqualTo(42.0);
    assertThat(m.ci95()).isZero();
  }

  @Test
  void equalValues_noSpread_intervalIsZero() {
    assertThat(MeanCi.of(new double[] {7, 7, 7, 7}).ci95()).isZero();
  }

  @Test
  void noValue_rejected() {
    assertThatThrownBy(() -> MeanCi.of(new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
