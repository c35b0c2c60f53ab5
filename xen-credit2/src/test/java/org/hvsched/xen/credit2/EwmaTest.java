package org.hvsched.xen.credit2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fixed-point load EWMA matches hand-computed numbers (P = 18, W = 30 - 10 = 20). */
final class EwmaTest {
  private static final int P = 18;
  private static final int W = 20;

  @Test
  void sample_dropsTenBits() {
    assertThat(Ewma.sample(1_048_576)).isEqualTo(1024);
    assertThat(Ewma.sample(1023)).isZero();
  }

  @Test
  void update_oneThousandthOfAWindow_movesOneThousandthOfTheWay() {
    // delta 1024 samples, load 1: (1024 * 2^18) >> 20 = 256; avg 0 -> 256 (= 1/1024 of 1.0).
    assertThat(Ewma.update(0, 0, 1024, 1, P, W)).isEqualTo(256);
  }

  @Test
  void update_halfAWindow_averagesTowardsTheValue() {
    // delta 2^19: (2^19 * 2^18) >> 20 = 131072; (2^19 * 256) >> 20 = 128; 256 + 131072 - 128.
    assertThat(Ewma.update(256, 1024, 1024 + (1 << 19), 1, P, W)).isEqualTo(131_200);
  }

  @Test
  void update_exactlyOneWindow_landsOnTheValue() {
    // delta 2^20 is not "more than a window": 5000 + 524288 - 5000.
    assertThat(Ewma.update(5000, 0, 1 << 20, 2, P, W)).isEqualTo(524_288);
  }

  @Test
  void update_moreThanAWindow_restartsAtTheValue() {
    assertThat(Ewma.update(5000, 0, (1 << 20) + 1, 3, P, W)).isEqualTo(3L << P);
  }

  @Test
  void update_shortGap_truncatesBothTerms() {
    // (3 * 0) >> 20 = 0 and (3 * 1000) >> 20 = 0: nothing moves.
    assertThat(Ewma.update(1000, 10, 13, 0, P, W)).isEqualTo(1000);
  }

  @Test
  void update_timeGoingBackwards_countsAsNoTime() {
    assertThat(Ewma.update(1000, 50, 40, 1, P, W)).isEqualTo(1000);
  }

  @Test
  void one_isOneShiftedByPrecision() {
    assertThat(Ewma.one(18)).isEqualTo(262_144);
  }
}
