package org.hvsched.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The event queue pops in (time, class, insertion) order, as a plain sorted list does (fuzzed,
 * seed printed; {@code -Dhvsched.seed=N} replays, {@code -Dhvsched.fuzz.iterations=N} for more).
 */
final class EventQueueTest {

  /** What the reference list keeps per event. */
  private record Entry(long timeNs, int eventClass, long seq, Event event) {}

  private static final Comparator<Entry> ORDER = Comparator.comparingLong(Entry::timeNs)
      .thenComparingInt(Entry::eventClass).thenComparingLong(Entry::seq);

  @Test
  void randomPushesAndPops_matchSortedList() {
    long seed = Long.getLong("hvsched.seed", System.nanoTime());
    int iterations = Integer.getInteger("hvsched.fuzz.iterations", 200);
    System.out.println("EventQueueTest seed=" + seed + " (replay with -Dhvsched.seed=" + seed
        + ")");
    SplittableRandom r = new SplittableRandom(seed);
    for (int it = 0; it < iterations; it++) {
      EventQueue queue = new EventQueue();
      List<Entry> reference = new ArrayList<>();
      long seq = 0;
      int progress = 0;
      long nowNs = 0;
      int ops = 1 + r.nextInt(2_000);
      int timeSpread = 1 + r.nextInt(r.nextBoolean() ? 5 : 1_000_000);
      for (int op = 0; op < ops; op++) {
        if (reference.isEmpty() || r.nextInt(100) < 55) {
          long t = nowNs + r.nextInt(timeSpread);
          Event e = randomEvent(r);
          progress += e instanceof Event.Progress ? 1 : 0;
          queue.push(t, e);
          Entry entry = new Entry(t, e.eventClass().ordinal(), seq++, e);
          int at = Collections.binarySearch(reference, entry, ORDER);
          reference.add(-at - 1, entry);
        } else {
          Entry expected = reference.remove(0);
          progress -= expected.event() instanceof Event.Progress ? 1 : 0;
          assertThat(queue.peekTime()).as("seed %s iteration %s op %s", seed, it, op)
              .isEqualTo(expected.timeNs());
          assertThat(queue.pop()).as("seed %s iteration %s op %s", seed, it, op)
              .isSameAs(expected.event());
          nowNs = expected.timeNs();
        }
        assertThat(queue.size()).isEqualTo(reference.size());
        assertThat(queue.onlyUtilityLeft()).as("seed %s", seed)
            .isEqualTo(progress == reference.size());
      }
    }
  }

  @Test
  void equalTimes_popByClassThenInsertion() {
    EventQueue queue = new EventQueue();
    Event slice = new Event.Slice(0, 1);
    Event burst1 = new Event.BurstEnd(0, 1);
    Event burst2 = new Event.BurstEnd(1, 1);
    Event irqEnd = new Event.IrqEnd(0);
    queue.push(10, slice);
    queue.push(10, burst1);
    queue.push(5, new Event.Progress());
    queue.push(10, burst2);
    queue.push(10, irqEnd);
    assertThat(queue.pop()).isInstanceOf(Event.Progress.class);
    assertThat(List.of(queue.pop(), queue.pop(), queue.pop(), queue.pop()))
        .containsExactly(irqEnd, burst1, burst2, slice);
    assertThat(queue.isEmpty()).isTrue();
  }

  private static Event randomEvent(SplittableRandom r) {
    int cpu = r.nextInt(8);
    return switch (r.nextInt(7)) {
      case 0 -> new Event.BurstEnd(cpu, r.nextLong(4));
      case 1 -> new Event.SwitchDone(cpu, r.nextLong(4));
      case 2 -> new Event.Slice(cpu, r.nextLong(4));
      case 3 -> new Event.IrqStart(cpu);
      case 4 -> new Event.IrqEnd(cpu);
      case 5 -> new Event.Ipi(cpu, null, 0);
      default -> new Event.Progress();
    };
  }
}
