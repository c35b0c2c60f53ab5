package org.hvsched.harness.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hvsched.core.ThreadState;
import org.hvsched.topology.SyntheticSpec;
import org.junit.jupiter.api.Test;

/** The timeline sink keeps only its window, clips, merges equal neighbours, orders siblings. */
final class TimelineSinkTest {

  @Test
  void statesAcrossTheWindow_clippedAndMerged() {
    TimelineSink sink = new TimelineSink(100, 200);
    sink.begin(SyntheticSpec.parse("1x2x2"), List.of());
    sink.threadState(50, 0, ThreadState.GUEST, null, "vm1");
    sink.threadState(120, 0, ThreadState.GUEST, null, "vm1");
    sink.threadState(150, 0, ThreadState.HOST, null, null);
    sink.threadState(160, 0, ThreadState.GUEST, null, "vm2");
    sink.threadState(250, 0, ThreadState.IDLE, null, null);
    sink.threadState(130, 2, ThreadState.FORCED_IDLE, null, null);
    Timeline t = sink.timeline();
    // linux numbering on 1x2x2: core 0 = {0, 2}, core 1 = {1, 3}
    assertThat(t.cpus()).containsExactly(0, 2, 1, 3);
    assertThat(t.coreOf()).containsExactly(0, 0, 1, 1);
    assertThat(t.segments()).containsExactly(
        new Timeline.Segment(0, 100, 150, ThreadState.GUEST, "vm1"),
        new Timeline.Segment(0, 150, 160, ThreadState.HOST, null),
        new Timeline.Segment(0, 160, 200, ThreadState.GUEST, "vm2"),
        new Timeline.Segment(2, 100, 130, ThreadState.IDLE, null),
        new Timeline.Segment(2, 130, 200, ThreadState.FORCED_IDLE, null),
        new Timeline.Segment(1, 100, 200, ThreadState.IDLE, null),
        new Timeline.Segment(3, 100, 200, ThreadState.IDLE, null));
  }

  @Test
  void smtOffView_offlineSiblingsLeftOut() {
    TimelineSink sink = new TimelineSink(0, 10);
    sink.begin(SyntheticSpec.parse("1x2x2").smtOff(), List.of());
    assertThat(sink.timeline().cpus()).containsExactly(0, 1);
  }
}
