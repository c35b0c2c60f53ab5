package org.hvsched.xen.credit2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The credit-ordered runqueue behaves as Xen's sorted list walk, fuzzed against a plain list. */
final class CreditQueueFuzzTest {

  private static final class Item {
    final int id;
    int credit;

    Item(int id, int credit) {
      this.id = id;
      this.credit = credit;
    }

    @Override
    public String toString() {
      return id + ":" + credit;
    }
  }

  @Test
  void randomOperations_matchXensListWalk() {
    long seed = Long.getLong("hvsched.seed", System.identityHashCode(this));
    int iterations = Integer.getInteger("hvsched.fuzz.iterations", 20_000);
    System.out.println("CreditQueueFuzzTest seed=" + seed + " (-Dhvsched.seed=" + seed
        + " replays)");
    Random rnd = new Random(seed);
    CreditQueue<Item> queue = new CreditQueue<>(i -> i.credit, i -> i.id);
    List<Item> list = new ArrayList<>();
    List<Item> all = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      all.add(new Item(i, 0));
    }
    for (int step = 0; step < iterations; step++) {
      int op = rnd.nextInt(10);
      Item it = all.get(rnd.nextInt(all.size()));
      if (op < 5 && !list.contains(it)) {
        it.credit = rnd.nextInt(5) == 0 ? (rnd.nextInt(7) - 3) * 1000
            : rnd.nextInt(21_000_000) - 10_000_000;
        queue.insert(it);
        listInsert(list, it);
      } else if (op < 8 && list.contains(it)) {
        assertThat(queue.remove(it)).isTrue();
        list.remove(it);
      } else if (op == 8 && !list.isEmpty()) {
        Item head = queue.first();
        assertThat(head).isSameAs(list.get(0));
        queue.remove(head);
        list.remove(0);
      } else if (op == 9) {
        int add = rnd.nextBoolean() ? 10_000_000 : 20_000_000;
        for (Item x : all) {
          x.credit = Credits.afterReset(x.credit, add);
        }
        queue.rekeyAll();
      }
      assertThat(queue.toList()).as("seed %d step %d", seed, step).containsExactlyElementsOf(list);
      assertThat(queue.size()).isEqualTo(list.size());
    }
  }

  /** {@code runq_insert}: walk while the new credit is not above the element's. */
  private static void listInsert(List<Item> list, Item it) {
    int pos = 0;
    while (pos < list.size() && !(it.credit > list.get(pos).credit)) {
      pos++;
    }
    list.add(pos, it);
  }
}
