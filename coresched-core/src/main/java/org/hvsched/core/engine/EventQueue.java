package org.hvsched.core.engine;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * A binary min-heap of events ordered by (time, class, sequence number): equal times are broken
 * by the event class, then by insertion order, so the order never depends on anything but the
 * simulation's own history. Cancellation is lazy: events carry generation numbers that their
 * handlers compare with the current one, so nothing is ever searched for in the heap.
 *
 * <p>Parallel primitive arrays keep the hot path free of boxing.
 */
public final class EventQueue {
  private long[] times = new long[256];
  private long[] orders = new long[256];
  private Event[] events = new Event[256];
  private int size;
  private long nextSeq;
  private int utilityEvents;

  /** Adds {@code event} at {@code timeNs}. */
  public void push(long timeNs, Event event) {
    checkArgument(timeNs >= 0, "event time must be >= 0: %s", timeNs);
    if (size == times.length) {
      int n = size * 2;
      times = Arrays.copyOf(times, n);
      orders = Arrays.copyOf(orders, n);
      events = Arrays.copyOf(events, n);
    }
    long order = ((long) event.eventClass().ordinal() << 56) | (nextSeq++ & 0x00ffffffffffffffL);
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!less(timeNs, order, times[parent], orders[parent])) {
        break;
      }
      move(parent, i);
      i = parent;
    }
    set(i, timeNs, order, event);
    if (event.eventClass().utility()) {
      utilityEvents++;
    }
  }

  /** True when only utility events (which cannot keep a run alive) or nothing remain. */
  public boolean onlyUtilityLeft() {
    return size == utilityEvents;
  }

  /** True when empty. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** Number of queued events. */
  public int size() {
    return size;
  }

  /** Time of the first event; the queue must not be empty. */
  public long peekTime() {
    return times[0];
  }

  /** Removes and returns the first event. */
  public Event pop() {
    Event top = events[0];
    if (top.eventClass().utility()) {
      utilityEvents--;
    }
    int last = --size;
    long t = times[last];
    long o = orders[last];
    Event e = events[last];
    events[last] = null;
    if (last > 0) {
      siftDown(t, o, e, last);
    }
    return top;
  }

  private void siftDown(long t, long o, Event e, int n) {
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= n) {
        break;
      }
      if (child + 1 < n && less(times[child + 1], orders[child + 1], times[child],
          orders[child])) {
        child++;
      }
      if (!less(times[child], orders[child], t, o)) {
        break;
      }
      move(child, i);
      i = child;
    }
    set(i, t, o, e);
  }

  private static boolean less(long t1, long o1, long t2, long o2) {
    return t1 < t2 || (t1 == t2 && o1 < o2);
  }

  private void move(int from, int to) {
    times[to] = times[from];
    orders[to] = orders[from];
    events[to] = events[from];
  }

  private void set(int i, long t, long o, Event e) {
    times[i] = t;
    orders[i] = o;
    events[i] = e;
  }
}
