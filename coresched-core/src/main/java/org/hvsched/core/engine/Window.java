package org.hvsched.core.engine;

/** Clips intervals to the measured window [warmup, duration]. */
record Window(long fromNs, long toNs) {

  /** The part of [a, b) inside the window. */
  long clip(long a, long b) {
    long lo = Math.max(a, fromNs);
    long hi = Math.min(b, toNs);
    return hi > lo ? hi - lo : 0;
  }
}
