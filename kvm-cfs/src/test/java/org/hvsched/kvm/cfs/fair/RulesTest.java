package org.hvsched.kvm.cfs.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The CFS (6.1) and EEVDF (6.6) formulas of linux.md sections 2 and 3 on a single queue:
 * sleeper credit, START_DEBIT, renormalisation, wake-up and tick preemption; lag placement,
 * the lag clamp, deadlines, RUN_TO_PARITY and a reweight that keeps V.
 */
final class RulesTest {
  private static final Tunables T = Tunables.scaled(TunableScaling.NONE, 1, 6_000_000,
      750_000, 1_000_000, 750_000, 500_000, 250);
  private final TaskGroup tg = new TaskGroup(1, "g", 0, 1024, null);
  private final CfsRq q = new CfsRq(0, tg);
  private int ids;

  private Entity entity(long vruntime, long weight) {
    Entity se = new Entity(ids++, (org.hvsched.api.Task) null);
    se.cfsRq = q;
    se.setWeight(weight, weight == 1024 ? NiceWeights.wmultOfNice(0)
        : NiceWeights.invWeight(weight));
    se.vruntime = vruntime;
    return se;
  }

  private void queue(Entity se) {
    q.accountEnqueue(se);
    q.enqueueTree(se);
    se.onRq = true;
    q.updateMinVruntime();
  }

  @Test
  void cfsWakeup_longSleeper_getsHalfALatencyOfCredit() {
    queue(entity(100_000_000, 1024));
    CfsRules gentle = new CfsRules(T, true);
    Entity sleeper = entity(10_000_000, 1024);
    gentle.placeOnEnqueue(q, sleeper, Flags.ENQUEUE_WAKEUP);
    assertThat(sleeper.vruntime).isEqualTo(100_000_000 - 3_000_000);
    Entity harsh = entity(10_000_000, 1024);
    new CfsRules(T, false).placeOnEnqueue(q, harsh, Flags.ENQUEUE_WAKEUP);
    assertThat(harsh.vruntime).isEqualTo(100_000_000 - 6_000_000);
    Entity ahead = entity(120_000_000, 1024);
    gentle.placeOnEnqueue(q, ahead, Flags.ENQUEUE_WAKEUP);
    assertThat(ahead.vruntime).isEqualTo(120_000_000);
  }

  @Test
  void cfsNewTask_startDebit_placesOneVirtualSliceLate() {
    queue(entity(50_000_000, 1024));
    Entity child = entity(0, 1024);
    new CfsRules(T, true).placeOnEnqueue(q, child, Flags.ENQUEUE_INITIAL);
    // two tasks of equal weight: slice = latency / 2 (the kernel's inverse loses 2 ns)
    assertThat((double) child.vruntime).isCloseTo(50_000_000 + 3_000_000, within(2.0));
  }

  @Test
  void cfsMigration_keepsPositionRelativeToMinVruntime() {
    Entity se = entity(0, 1024);
    se.vruntime = 2_000_000; // relative, as after a non-sleep dequeue
    queue(entity(70_000_000, 1024));
    new CfsRules(T, true).placeOnEnqueue(q, se, 0);
    assertThat(se.vruntime).isEqualTo(72_000_000);
  }

  @Test
  void cfsWakeupPreemption_needsMoreThanTheWakeupGranularity() {
    CfsRules r = new CfsRules(T, true);
    Entity curr = entity(10_000_000, 1024);
    assertThat(r.wakeupPreemptEntity(curr, entity(10_500_000, 1024))).isEqualTo(-1);
    assertThat(r.wakeupPreemptEntity(curr, entity(9_000_000, 1024))).isZero();
    assertThat(r.wakeupPreemptEntity(curr, entity(8_999_999, 1024))).isEqualTo(1);
    // the granularity is virtual time of the wakee: a nice-5 wakee needs 3x the lead
    assertThat(r.wakeupPreemptEntity(curr, entity(8_000_000, 335))).isZero();
  }

  @Test
  void cfsTick_preemptsAfterTheIdealSlice() {
    CfsRules r = new CfsRules(T, true);
    Entity a = entity(0, 1024);
    Entity b = entity(0, 1024);
    queue(a);
    queue(b);
    q.dequeueTree(a);
    q.curr = a;
    a.prevSumExecNs = 0;
    a.sumExecNs = 2_990_000;
    assertThat(r.tickPreempt(q, a)).isFalse();
    a.sumExecNs = 3_000_001;
    assertThat(r.tickPreempt(q, a)).isTrue();
  }

  @Test
  void eevdfPlacement_lagIsInflatedSoItSurvivesTheInsertion() {
    EevdfRules r = new EevdfRules(T, true, true);
    queue(entity(10_000_000, 1024));
    queue(entity(12_000_000, 1024));
    long v0 = q.avgVruntime();
    Entity se = entity(0, 1024);
    se.vlag = 1_000_000;
    r.placeOnEnqueue(q, se, Flags.ENQUEUE_WAKEUP);
    assertThat(se.vruntime).isEqualTo(v0 - 1_500_000);
    assertThat(se.deadline).isEqualTo(se.vruntime + 750_000);
    queue(se);
    assertThat((double) (q.avgVruntime() - se.vruntime)).isCloseTo(1_000_000, within(2.0));
  }

  @Test
  void eevdfNewTask_zeroLagAndHalfSliceDeadline() {
    EevdfRules r = new EevdfRules(T, true, true);
    queue(entity(10_000_000, 1024));
    Entity se = entity(0, 1024);
    r.placeOnEnqueue(q, se, Flags.ENQUEUE_INITIAL);
    assertThat(se.vruntime).isEqualTo(10_000_000);
    assertThat(se.deadline).isEqualTo(10_000_000 + 375_000);
  }

  @Test
  void eevdfDequeue_clampsLagToATickOrTwoSlices() {
    EevdfRules r = new EevdfRules(T, true, true);
    Entity far = entity(0, 1024);
    far.slice = 750_000;
    queue(far);
    queue(entity(100_000_000, 1024));
    r.beforeDequeue(q, far, Flags.DEQUEUE_SLEEP);
    assertThat(far.vlag).isEqualTo(4_000_000);
  }

  @Test
  void eevdfUpdateDeadline_renewsRequestAndAsksForReschedule() {
    EevdfRules r = new EevdfRules(T, true, true);
    Entity a = entity(0, 1024);
    queue(a);
    queue(entity(0, 1024));
    q.dequeueTree(a);
    q.curr = a;
    a.deadline = 750_000;
    a.protectedSlice = true;
    a.vruntime = 700_000;
    assertThat(r.afterAdvance(q, a)).isFalse();
    a.vruntime = 760_000;
    assertThat(r.afterAdvance(q, a)).isTrue();
    assertThat(a.deadline).isEqualTo(760_000 + 750_000);
    assertThat(a.protectedSlice).isFalse();
  }

  @Test
  void eevdfRunToParity_protectedCurrStaysWhileEligible() {
    Entity curr = entity(1_000_000, 1024);
    Entity other = entity(1_000_000, 1024);
    queue(curr);
    queue(other);
    q.dequeueTree(curr);
    q.curr = curr;
    curr.deadline = 2_000_000;
    other.deadline = 1_500_000;
    q.dequeueTree(other);
    q.enqueueTree(other);
    curr.protectedSlice = true;
    assertThat(new EevdfRules(T, true, true).pick(q, curr)).isSameAs(curr);
    assertThat(new EevdfRules(T, false, true).pick(q, curr)).isSameAs(other);
  }

  @Test
  void eevdfReweight_keepsAverageVruntime() {
    EevdfRules r = new EevdfRules(T, true, true);
    Entity a = entity(3_000_000, 1024);
    Entity b = entity(9_000_000, 1024);
    a.deadline = 4_000_000;
    queue(a);
    queue(b);
    long v = q.avgVruntime();
    r.reweight(q, a, 3072, NiceWeights.invWeight(3072));
    assertThat((double) q.avgVruntime()).isCloseTo(v, within(1.0));
    assertThat(a.vruntime).isEqualTo(v - (v - 3_000_000) / 3);
    assertThat(q.load()).isEqualTo(4096);
  }
}
