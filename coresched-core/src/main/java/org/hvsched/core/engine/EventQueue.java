package org.hvsched.core.engine;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * A binary min-heap of events ordered by (time, class, sequence number): equal times are broken
 * by the event class, then by insertion order, so the order never depends on anything but the
 * simulation's own history. Every push returns a <em>handle</em> by which the event can be
 * removed before it is due ({@link #remove}); the engine removes the burst ends and slices it
 * supersedes, so they neither fill the heap nor cost a pop. Other events are cancelled lazily:
 * they carry generation numbers that their handlers compare with the current one.
 *
 * <p>Parallel primitive arrays keep the hot path free of boxing. A handle is valid from its push
 * until its event is popped or removed; it is then reused.
 */
public final class EventQueue {
  private long[] times = new long[256];
  private long[] orders = new long[256];
  private Event[] events = new Event[256];
  private int[] handles = new int[256];
  /** Heap position by handle. */
  private int[] positions = new int[256];
  /** Free handles, a stack; handles [0, minted) have been handed out at least once. */
  private int[] free = new int[256];
  private int freeCount;
  private int minted;
  private int size;
  private long nextSeq;
  private int utilityEvents;

  /** Adds {@code event} at {@code timeNs}; returns its handle. */
  public int push(long timeNs, Event event) {
    checkArgument(timeNs >= 0, "event time must be >= 0: %s", timeNs);
    if (size == times.length) {
      grow();
    }
    int handle = freeCount > 0 ? free[--freeCount] : minted++;
    long order = ((long) event.eventClass().ordinal() << 56) | (nextSeq++ & 0x00ffffffffffffffL);
    siftUp(size++, timeNs, order, event, handle);
    if (event.eventClass().utility()) {
      utilityEvents++;
    }
    return handle;
  }

  private void grow() {
    int n = size * 2;
    times = Arrays.copyOf(times, n);
    orders = Arrays.copyOf(orders, n);
    events = Arrays.copyOf(events, n);
    handles = Arrays.copyOf(handles, n);
    positions = Arrays.copyOf(positions, n);
    free = Arrays.copyOf(free, n);
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
    release(0);
    return top;
  }

  /** Removes the event of {@code handle}, which must be queued (pushed, not yet popped). */
  public void remove(int handle) {
    checkArgument(handle >= 0 && handle < minted && handles[positions[handle]] == handle
        && positions[handle] < size, "event handle %s is not queued", handle);
    release(positions[handle]);
  }

  /** Takes the event at heap position {@code i} out and restores the heap. */
  private void release(int i) {
    if (events[i].eventClass().utility()) {
      utilityEvents--;
    }
    free[freeCount++] = handles[i];
    int last = --size;
    long t = times[last];
    long o = orders[last];
    Event e = events[last];
    int h = handles[last];
    events[last] = null;
    if (i == last) {
      return;
    }
    if (i > 0 && less(t, o, times[(i - 1) >>> 1], orders[(i - 1) >>> 1])) {
      siftUp(i, t, o, e, h);
    } else {
      siftDown(i, t, o, e, h, last);
    }
  }

  private void siftUp(int from, long t, long o, Event e, int h) {
    int i = from;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!less(t, o, times[parent], orders[parent])) {
        break;
      }
      move(parent, i);
      i = parent;
    }
    set(i, t, o, e, h);
  }

  private void siftDown(int from, long t, long o, Event e, int h, int n) {
    int i = from;
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
    set(i, t, o, e, h);
  }

  private static boolean less(long t1, long o1, long t2, long o2) {
    return t1 < t2 || (t1 == t2 && o1 < o2);
  }

  private void move(int from, int to) {
    times[to] = times[from];
    orders[to] = orders[from];
    events[to] = events[from];
    handles[to] = handles[from];
    positions[handles[to]] = to;
  }

  private void set(int i, long t, long o, Event e, int h) {
    times[i] = t;
    orders[i] = o;
    events[i] = e;
    handles[i] = h;
    positions[h] = i;
  }
}
