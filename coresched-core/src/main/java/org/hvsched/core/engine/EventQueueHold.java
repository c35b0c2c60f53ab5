package org.hvsched.core.engine;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.SplittableRandom;

/**
 * The bare event queue under the classic <em>hold</em> model, the ceiling the engine's event
 * rate is compared with: {@code pending} events stay queued; each step pops the earliest and
 * pushes a new one (a freshly allocated event record, as the engine does) an exponentially
 * distributed time later. One step is one event, as one loop turn of the engine is.
 */
public final class EventQueueHold {
  private final EventQueue queue = new EventQueue();
  private final SplittableRandom random;
  private final int pending;
  private long checksum;

  /** A queue holding {@code pending} events, times drawn from a stream seeded by {@code seed}. */
  public EventQueueHold(int pending, long seed) {
    checkArgument(pending > 0, "pending must be positive: %s", pending);
    this.pending = pending;
    this.random = new SplittableRandom(seed);
    for (int i = 0; i < pending; i++) {
      queue.push(nextDelay(), new Event.BurstEnd(i, 0));
    }
  }

  /** The number of events held. */
  public int pending() {
    return pending;
  }

  /** Runs {@code events} hold steps; returns a checksum of what was popped. */
  public long steps(long events) {
    long sum = checksum;
    for (long i = 0; i < events; i++) {
      long now = queue.peekTime();
      Event.BurstEnd e = (Event.BurstEnd) queue.pop();
      sum += e.cpu() + now;
      queue.push(now + nextDelay(), new Event.BurstEnd(e.cpu(), e.gen() + 1));
    }
    checksum = sum;
    return sum;
  }

  private long nextDelay() {
    return 1 + (long) (-Math.log(1.0 - random.nextDouble()) * 100_000);
  }
}
