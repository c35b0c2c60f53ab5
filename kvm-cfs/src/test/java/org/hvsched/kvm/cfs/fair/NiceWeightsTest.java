package org.hvsched.kvm.cfs.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.hvsched.kvm.cfs.testutil.Seeds;
import org.junit.jupiter.api.Test;

/** The nice tables and the kernel's fixed-point division agree with exact arithmetic. */
final class NiceWeightsTest {

  @Test
  void table_stepsAboutTenPercentPerNiceLevel() {
    assertThat(NiceWeights.weightOfNice(0)).isEqualTo(1024);
    assertThat(NiceWeights.weightOfNice(5)).isEqualTo(335);
    assertThat(NiceWeights.weightOfNice(-20)).isEqualTo(88761);
    assertThat(NiceWeights.weightOfNice(19)).isEqualTo(15);
    for (int nice = -20; nice < 19; nice++) {
      double ratio = (double) NiceWeights.weightOfNice(nice) / NiceWeights.weightOfNice(nice + 1);
      assertThat(ratio).as("nice %s", nice).isBetween(1.19, 1.31);
    }
  }

  @Test
  void wmult_isTwoToThe32OverWeight_withinOne() {
    for (int nice = -20; nice <= 19; nice++) {
      long w = NiceWeights.weightOfNice(nice);
      assertThat((double) NiceWeights.wmultOfNice(nice)).as("nice %s", nice)
          .isCloseTo((double) (1L << 32) / w, org.assertj.core.data.Offset.offset(1.0));
    }
  }

  @Test
  void calcDeltaFair_niceZero_isIdentity() {
    assertThat(NiceWeights.calcDeltaFair(123_456_789L, 1024, NiceWeights.wmultOfNice(0)))
        .isEqualTo(123_456_789L);
  }

  @Test
  void calcDelta_randomOperands_matchesExactDivisionWithinKernelError() {
    long seed = Seeds.seed("calcDelta", 42);
    Random rnd = new Random(seed);
    for (int i = 0; i < Seeds.iterations(20_000); i++) {
      long delta = rnd.nextInt(4) == 0 ? rnd.nextLong(1L << 40) : rnd.nextLong(100_000_000L);
      long weight = 1 + rnd.nextInt(88_761);
      long lw = weight + rnd.nextInt(1 << 20);
      long got = NiceWeights.calcDelta(delta, weight, NiceWeights.invWeight(lw));
      double exact = (double) delta * weight / lw;
      // upstream truncates the inverse 2^32/lw (relative error up to lw/2^32) and the factor
      double relErr = (lw + 2.0) / (1L << 32) + 1.0 / (1L << 30);
      assertThat((double) got).as("seed %s: %s*%s/%s", seed, delta, weight, lw)
          .isBetween(exact * (1 - relErr) - 2, exact + 1);
    }
  }

  @Test
  void calcDelta_hugeDelta_keepsHighBits() {
    long delta = 1L << 50;
    assertThat(NiceWeights.calcDelta(delta, 1024, NiceWeights.invWeight(2048)))
        .isBetween((long) ((delta >> 1) * (1 - 1e-6)), delta >> 1);
  }

  @Test
  void niceOutOfRange_isRejectedNamingTheValue() {
    assertThatThrownBy(() -> NiceWeights.weightOfNice(20)).hasMessageContaining("20");
  }
}
