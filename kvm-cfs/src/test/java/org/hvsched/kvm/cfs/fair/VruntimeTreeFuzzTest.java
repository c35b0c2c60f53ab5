package org.hvsched.kvm.cfs.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.hvsched.kvm.cfs.testutil.Seeds;
import org.junit.jupiter.api.Test;

/**
 * The vruntime/deadline queue ({@link CfsRq}: tree, min_vruntime, EEVDF sums, eligibility, pick)
 * against a plain list scanned linearly, after every random operation.
 */
final class VruntimeTreeFuzzTest {
  private static final Tunables T =
      Tunables.scaled(TunableScaling.NONE, 1, 6_000_000, 750_000, 1_000_000, 750_000, 500_000,
          250);

  /** What the list model remembers besides the entities. */
  private static final class Model {
    final List<Entity> tree = new ArrayList<>();
    Entity curr;
    long minVruntime;
  }

  @Test
  void randomOperations_treeAgreesWithList() {
    long base = Seeds.seed("VruntimeTreeFuzzTest", 7);
    int runs = Seeds.replaying() ? 1 : Seeds.iterations(150);
    for (int run = 0; run < runs; run++) {
      fuzzOnce(base + run);
    }
  }

  private void fuzzOnce(long seed) {
    Random rnd = new Random(seed);
    TaskGroup tg = new TaskGroup(1, "g", 0, 1024, null);
    CfsRq q = new CfsRq(0, tg);
    EevdfRules eevdf = new EevdfRules(T, false, true);
    CfsRules cfs = new CfsRules(T, true);
    Model m = new Model();
    int nextId = 0;
    for (int op = 0; op < 300; op++) {
      int kind = rnd.nextInt(6);
      if (kind == 0 || m.tree.size() + (m.curr == null ? 0 : 1) < 2) {
        Entity se = new Entity(nextId++, (CfsRq) null, q);
        se.setWeight(NiceWeights.weightOfNice(rnd.nextInt(40) - 20), 0);
        se.setWeight(se.weight, NiceWeights.invWeight(se.weight));
        se.vruntime = m.minVruntime + rnd.nextInt(20_000_000) - 5_000_000;
        se.deadline = se.vruntime + rnd.nextInt(3_000_000);
        se.cfsRq = q;
        se.onRq = true;
        q.accountEnqueue(se);
        q.enqueueTree(se);
        m.tree.add(se);
      } else if (kind == 1 && !m.tree.isEmpty()) {
        Entity se = m.tree.remove(rnd.nextInt(m.tree.size()));
        q.dequeueTree(se);
        q.accountDequeue(se);
        se.onRq = false;
      } else if (kind == 2 && m.curr == null && !m.tree.isEmpty()) {
        Entity se = m.tree.remove(rnd.nextInt(m.tree.size()));
        q.dequeueTree(se);
        q.curr = se;
        m.curr = se;
      } else if (kind == 3 && m.curr != null) {
        long delta = rnd.nextInt(4_000_000);
        m.curr.vruntime += NiceWeights.calcDeltaFair(delta, m.curr.weight, m.curr.inv);
      } else if (kind == 4 && m.curr != null) {
        q.enqueueTree(m.curr);
        m.tree.add(m.curr);
        q.curr = null;
        m.curr = null;
      }
      q.updateMinVruntime();
      modelUpdateMin(m);
      check(seed, op, q, m, eevdf, cfs);
    }
  }

  private static void modelUpdateMin(Model m) {
    Long v = null;
    if (m.curr != null) {
      v = m.curr.vruntime;
    }
    for (Entity e : m.tree) {
      v = v == null ? e.vruntime : Math.min(v, e.vruntime);
    }
    if (v != null && v > m.minVruntime) {
      m.minVruntime = v;
    }
  }

  private static void check(long seed, int op, CfsRq q, Model m, EevdfRules eevdf,
      CfsRules cfs) {
    String at = "seed " + seed + " op " + op;
    assertThat(q.minVruntime()).as(at).isEqualTo(m.minVruntime);
    Entity first = m.tree.stream()
        .min(Comparator.comparingLong((Entity e) -> e.vruntime).thenComparingInt(Entity::id))
        .orElse(null);
    assertThat(q.first()).as(at).isSameAs(first);
    List<Entity> all = new ArrayList<>(m.tree);
    if (m.curr != null) {
      all.add(m.curr);
    }
    long sumW = 0;
    long sumKey = 0;
    for (Entity e : all) {
      sumW += e.weight;
      sumKey += (e.vruntime - m.minVruntime) * e.weight;
    }
    long v = m.minVruntime + (sumW == 0 ? 0 : Math.floorDiv(sumKey, sumW));
    assertThat(q.avgVruntime()).as(at).isEqualTo(all.isEmpty() ? m.minVruntime : v);
    for (Entity e : all) {
      boolean eligible = sumKey >= (e.vruntime - m.minVruntime) * sumW;
      assertThat(q.eligible(e)).as(at + " " + e.id()).isEqualTo(eligible);
    }
    assertThat(eevdf.pick(q, m.curr)).as(at).isSameAs(modelEevdfPick(q, m));
    Entity cfsPick = first;
    if (m.curr != null && (first == null || m.curr.vruntime < first.vruntime)) {
      cfsPick = m.curr;
    }
    assertThat(cfs.pick(q, m.curr)).as(at).isSameAs(cfsPick);
  }

  private static Entity modelEevdfPick(CfsRq q, Model m) {
    Entity best = m.tree.stream().filter(q::eligible)
        .min(Comparator.comparingLong((Entity e) -> e.deadline).thenComparingInt(Entity::id))
        .orElse(null);
    Entity curr = m.curr != null && q.eligible(m.curr) ? m.curr : null;
    if (curr != null && (best == null || curr.deadline <= best.deadline)) {
      best = curr;
    }
    if (best == null) {
      best = m.tree.isEmpty() ? m.curr : m.tree.stream()
          .min(Comparator.comparingLong((Entity e) -> e.vruntime).thenComparingInt(Entity::id))
          .orElseThrow();
    }
    return best;
  }
}
