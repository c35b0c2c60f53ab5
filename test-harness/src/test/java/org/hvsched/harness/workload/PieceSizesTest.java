package org.hvsched.harness.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.hvsched.core.random.RandomStream;
import org.junit.jupiter.api.Test;

/** Piece sizes of a build add up to its work, are equal without spread and vary with it. */
final class PieceSizesTest {

  @Test
  void noSpread_equalPiecesRemainderFirst_drawsNothing() {
    long[] sizes = PieceSizes.draw(10, 4, 0, null);
    assertThat(sizes).containsExactly(3, 3, 2, 2);
  }

  @Test
  void spread_sumIsWorkEveryPieceAtLeastOne_piecesDiffer() {
    long[] sizes = PieceSizes.draw(800_000_000L, 96, 0.8, RandomStream.of(1, "vm1/pieces"));
    assertThat(Arrays.stream(sizes).sum()).isEqualTo(800_000_000L);
    assertThat(Arrays.stream(sizes).min().orElseThrow()).isGreaterThanOrEqualTo(1);
    long max = Arrays.stream(sizes).max().orElseThrow();
    long min = Arrays.stream(sizes).min().orElseThrow();
    assertThat(max).isGreaterThan(2 * min);
  }

  @Test
  void spread_tinyWork_keepsTotalAndFloor() {
    long[] sizes = PieceSizes.draw(7, 7, 2.0, RandomStream.of(3, "vm1/pieces"));
    assertThat(sizes).containsOnly(1L);
  }

  @Test
  void spread_sameSeedSameSizes_otherSeedOtherSizes() {
    long[] a = PieceSizes.draw(1_000_000L, 50, 0.8, RandomStream.of(1, "vm1/pieces"));
    long[] b = PieceSizes.draw(1_000_000L, 50, 0.8, RandomStream.of(1, "vm1/pieces"));
    long[] c = PieceSizes.draw(1_000_000L, 50, 0.8, RandomStream.of(2, "vm1/pieces"));
    assertThat(a).containsExactly(b);
    assertThat(a).isNotEqualTo(c);
  }

  @Test
  void spread_tooManyPieces_rejected() {
    assertThatThrownBy(() -> PieceSizes.draw(1L << 40, PieceSizes.MAX_RANDOM_TASKS + 1, 0.5,
        RandomStream.of(1, "x"))).hasMessageContaining("at most");
  }
}
