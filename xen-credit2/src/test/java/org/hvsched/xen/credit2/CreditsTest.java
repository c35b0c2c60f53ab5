package org.hvsched.xen.credit2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** credit2's time/credit arithmetic matches hand-computed numbers from upstream's formulas. */
final class CreditsTest {

  @Test
  void burn_halfMaxWeight_chargesTwoCreditsPerNs() {
    // 1 ms at max_weight 512, weight 256: 1e6 * 512 / 256 = 2e6 credit.
    Credits.Burn b = Credits.burn(10_000_000, 0, 1_000_000, 512, 256);
    assertThat(b.credit()).isEqualTo(8_000_000);
    assertThat(b.residual()).isZero();
  }

  @Test
  void burn_maxWeightUnit_chargesOneCreditPerNs() {
    Credits.Burn b = Credits.burn(10_000_000, 0, 1_234_567, 512, 512);
    assertThat(b.credit()).isEqualTo(10_000_000 - 1_234_567);
  }

  @Test
  void burn_unevenDivision_keepsTheRemainderForTheNextCharge() {
    // 1001 ns * 512 = 512512; / 300 = 1708 rem 112.
    Credits.Burn first = Credits.burn(10_000_000, 0, 1001, 512, 300);
    assertThat(first.credit()).isEqualTo(9_998_292);
    assertThat(first.residual()).isEqualTo(112);
    // 512512 + 112 = 512624; / 300 = 1708 rem 224.
    Credits.Burn second = Credits.burn(first.credit(), first.residual(), 1001, 512, 300);
    assertThat(second.credit()).isEqualTo(9_996_584);
    assertThat(second.residual()).isEqualTo(224);
  }

  @Test
  void burn_pastTheFloor_clampsAtCreditMin() {
    Credits.Burn b = Credits.burn(-9_999_000, 0, 5_000, 256, 256);
    assertThat(b.credit()).isEqualTo(Credit2Constants.CREDIT_MIN).isEqualTo(-10_000_000);
  }

  @Test
  void burn_weightAboveMaxWeight_isRejected() {
    assertThatThrownBy(() -> Credits.burn(0, 0, 1, 256, 512))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("512");
  }

  @Test
  void toTime_halfWeight_givesHalfTheCredit() {
    // c2t: 1e6 * 256 / 512 = 5e5 ns.
    assertThat(Credits.toTimeNs(1_000_000, 512, 256)).isEqualTo(500_000);
  }

  @Test
  void resetAmount_atTheFloor_isDoubled() {
    assertThat(Credits.resetAmount(-10_000_000)).isEqualTo(20_000_000);
    assertThat(Credits.resetAmount(-9_999_999)).isEqualTo(10_000_000);
    assertThat(Credits.resetAmount(0)).isEqualTo(10_000_000);
  }

  @Test
  void afterReset_aboveCarryOver_isClippedAt10point5ms() {
    assertThat(Credits.afterReset(2_000_000, 10_000_000)).isEqualTo(10_500_000);
    assertThat(Credits.afterReset(500_000, 10_000_000)).isEqualTo(10_500_000);
    assertThat(Credits.afterReset(499_999, 10_000_000)).isEqualTo(10_499_999);
    assertThat(Credits.afterReset(-3_000_000, 10_000_000)).isEqualTo(7_000_000);
    assertThat(Credits.afterReset(-10_000_000, 20_000_000)).isEqualTo(10_000_000);
  }

  @Test
  void constants_matchUpstreamValues() {
    assertThat(Credit2Constants.CREDIT_INIT).isEqualTo(10_000_000);
    assertThat(Credit2Constants.IDLE_CREDIT).isEqualTo(-10_000_001);
    assertThat(Credit2Constants.CARRYOVER_MAX).isEqualTo(500_000);
    assertThat(Credit2Constants.MIN_TIMER_NS).isEqualTo(500_000);
    assertThat(Credit2Constants.MAX_TIMER_NS).isEqualTo(10_000_000);
    assertThat(Credit2Constants.MIGRATE_COMPENSATION).isEqualTo(50_000);
    assertThat(Credit2Constants.RATELIMIT_TICKLE_TOLERANCE_NS).isEqualTo(50_000);
  }
}
