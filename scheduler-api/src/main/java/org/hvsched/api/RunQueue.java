package org.hvsched.api;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * A runqueue ordered by a policy key (credit, vruntime, deadline) with the element's unique id
 * as the final tie-breaker: O(log n) insert, remove and pick, ascending iteration.
 *
 * <p>The key is captured at insertion, so a policy may change an element's state while it is
 * queued without corrupting the order; to re-key, remove and insert again. Policies that want
 * "largest first" (credit2) insert the negated key. Ids must be non-negative and unique among
 * the queued elements.
 *
 * @param <E> element type
 */
public final class RunQueue<E> implements Iterable<E> {
  private final ToIntFunction<E> idOf;
  private final TreeMap<Slot, E> tree = new TreeMap<>();
  /** The slot of each queued id: memory grows with the queue, not with the largest id. */
  private final HashMap<Integer, Slot> slotById = new HashMap<>();

  /** An entry's place in the order. */
  private record Slot(long key, int id) implements Comparable<Slot> {
    @Override
    public int compareTo(Slot o) {
      int c = Long.compare(key, o.key);
      return c != 0 ? c : Integer.compare(id, o.id);
    }
  }

  /** A runqueue whose unique tie-breaker is {@code idOf}. */
  public RunQueue(ToIntFunction<E> idOf) {
    this.idOf = idOf;
  }

  /** Queues {@code e} with {@code key}; it must not be queued already. */
  public void insert(E e, long key) {
    int id = id(e);
    Slot slot = new Slot(key, id);
    Slot previous = slotById.putIfAbsent(id, slot);
    checkState(previous == null, "element %s (id %s) is already queued", e, id);
    tree.put(slot, e);
  }

  /** Removes {@code e}; returns false when it was not queued. */
  public boolean remove(E e) {
    Slot slot = slotById.remove(id(e));
    if (slot == null) {
      return false;
    }
    E removed = tree.remove(slot);
    checkState(removed != null, "runqueue index out of step for id %s", slot.id());
    return true;
  }

  /** True when {@code e} is queued. */
  public boolean contains(E e) {
    return slotById.containsKey(id(e));
  }

  /** The key {@code e} was queued with. */
  public long keyOf(E e) {
    checkArgument(contains(e), "element %s is not queued", e);
    return slotById.get(id(e)).key();
  }

  /** The first element (smallest key), or null when empty. */
  public E first() {
    Map.Entry<Slot, E> f = tree.firstEntry();
    return f == null ? null : f.getValue();
  }

  /** Removes and returns the first element, or null when empty. */
  public E pollFirst() {
    E e = first();
    if (e != null) {
      remove(e);
    }
    return e;
  }

  /** Number of queued elements. */
  public int size() {
    return tree.size();
  }

  /** True when nothing is queued. */
  public boolean isEmpty() {
    return tree.isEmpty();
  }

  /** Elements in ascending key order (then id). Do not modify the queue while iterating. */
  @Override
  public Iterator<E> iterator() {
    Iterator<E> it = tree.values().iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public E next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return it.next();
      }
    };
  }

  private int id(E e) {
    int id = idOf.applyAsInt(e);
    checkArgument(id >= 0, "runqueue ids must be >= 0: %s", id);
    return id;
  }
}
