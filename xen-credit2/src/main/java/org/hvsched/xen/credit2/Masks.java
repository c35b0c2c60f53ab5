package org.hvsched.xen.credit2;

import java.util.BitSet;
import org.hvsched.topology.CpuSet;

/** Xen's cpumask helpers over {@link BitSet}s of CPU numbers; results are fresh sets. */
final class Masks {
  private Masks() {}

  /** {@code cpumask_cycle}: the next member strictly after {@code n}, wrapping; -1 if empty. */
  static int cycle(int n, BitSet m) {
    int next = m.nextSetBit(n + 1);
    return next >= 0 ? next : m.nextSetBit(0);
  }

  /** {@code cpumask_test_or_cycle}: {@code n} itself if a member, else {@link #cycle}. */
  static int testOrCycle(int n, BitSet m) {
    return m.get(n) ? n : cycle(n, m);
  }

  static BitSet of(CpuSet set) {
    return set.toBitSet();
  }

  static BitSet and(BitSet a, BitSet b) {
    BitSet r = (BitSet) a.clone();
    r.and(b);
    return r;
  }

  static BitSet and(BitSet a, CpuSet b) {
    return and(a, b.toBitSet());
  }

  static BitSet andNot(BitSet a, BitSet b) {
    BitSet r = (BitSet) a.clone();
    r.andNot(b);
    return r;
  }

  /** Whether every member of {@code sub} is in {@code sup}. */
  static boolean subset(BitSet sub, BitSet sup) {
    BitSet r = (BitSet) sub.clone();
    r.andNot(sup);
    return r.isEmpty();
  }
}
