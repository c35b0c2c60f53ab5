package org.hvsched.xen.credit2;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.ToIntFunction;
import org.hvsched.api.RunQueue;

/**
 * credit2's {@code runq}: queued units by credit, highest first, and first-in first-out among
 * equal credits ({@code runq_insert} walks past every unit with at least its credit). Built on
 * the SPI's {@link RunQueue} with the composite key {@code -credit * 2^30 + sequence}: the credit
 * is captured at insertion, so {@link #rekeyAll} must follow any change of queued credits (only
 * {@code reset_credit} changes them, by a monotone map that keeps the order).
 *
 * @param <E> element type
 */
public final class CreditQueue<E> implements Iterable<E> {
  private static final int SEQ_BITS = 30;
  private static final long SEQ_LIMIT = 1L << SEQ_BITS;

  private final ToIntFunction<E> creditOf;
  private final ToIntFunction<E> idOf;
  private RunQueue<E> queue;
  private long nextSeq;

  /** A queue reading each element's credit with {@code creditOf} and its unique id with {@code idOf}. */
  public CreditQueue(ToIntFunction<E> creditOf, ToIntFunction<E> idOf) {
    this.creditOf = creditOf;
    this.idOf = idOf;
    this.queue = new RunQueue<>(idOf);
  }

  /** Queues {@code e} behind every element whose credit is at least its own. */
  public void insert(E e) {
    if (nextSeq == SEQ_LIMIT) {
      renumber();
    }
    queue.insert(e, key(creditOf.applyAsInt(e), nextSeq++));
  }

  /** Removes {@code e}; false when it was not queued. */
  public boolean remove(E e) {
    return queue.remove(e);
  }

  /** Whether {@code e} is queued. */
  public boolean contains(E e) {
    return queue.contains(e);
  }

  /** The head (highest credit, earliest among equals), or null. */
  public E first() {
    return queue.first();
  }

  /** Number of queued elements. */
  public int size() {
    return queue.size();
  }

  /** Whether nothing is queued. */
  public boolean isEmpty() {
    return queue.isEmpty();
  }

  /** Re-reads every element's credit, keeping the current order among equal credits. */
  public void rekeyAll() {
    renumber();
  }

  /** The elements in queue order. Do not modify the queue while iterating. */
  @Override
  public Iterator<E> iterator() {
    return queue.iterator();
  }

  /** A copy of the elements in queue order. */
  public List<E> toList() {
    List<E> out = new ArrayList<>(queue.size());
    queue.forEach(out::add);
    return out;
  }

  private void renumber() {
    List<E> order = toList();
    queue = new RunQueue<>(idOf);
    nextSeq = 0;
    for (E e : order) {
      queue.insert(e, key(creditOf.applyAsInt(e), nextSeq++));
    }
  }

  private static long key(int credit, long seq) {
    return -(long) credit * SEQ_LIMIT + seq;
  }
}
