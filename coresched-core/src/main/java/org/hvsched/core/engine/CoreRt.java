package org.hvsched.core.engine;

/** One core: its threads, for speed recomputation and the auditor. */
final class CoreRt {
  final int index;
  CpuRt[] threads = new CpuRt[0];
  /** Start of the interval the auditor has not integrated yet. */
  long auditedToNs;
  /** Guest/guest window open per thread pair (i, j), indexed i * threads + j. */
  boolean[] pairOpen = new boolean[0];
  long[] pairOpenSinceNs = new long[0];
  long[] pairOpenNs = new long[0];

  CoreRt(int index) {
    this.index = index;
  }

  void addThread(CpuRt cpu) {
    CpuRt[] t = java.util.Arrays.copyOf(threads, threads.length + 1);
    t[threads.length] = cpu;
    threads = t;
    int n = threads.length;
    pairOpen = new boolean[n * n];
    pairOpenSinceNs = new long[n * n];
    pairOpenNs = new long[n * n];
  }
}
