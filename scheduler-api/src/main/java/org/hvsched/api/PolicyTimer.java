package org.hvsched.api;

/**
 * A policy-owned timer (a CFS tick, a credit2 cap replenishment). Re-arming replaces the previous
 * expiry; cancellation is lazy in the engine (no heap scan).
 */
public interface PolicyTimer {

  /** The label given at creation (traces show it). */
  String label();

  /** The CPU the timer fires on, or -1 for none. */
  int cpu();

  /** Arms (or re-arms) the timer to fire at {@code atNs} (not before now). */
  void setAt(long atNs);

  /** Disarms the timer; a no-op when not armed. */
  void cancel();

  /** True when armed. */
  boolean armed();

  /** The armed expiry, or -1. */
  long expiryNs();
}
