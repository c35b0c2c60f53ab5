package org.hvsched.topology;

import java.util.Locale;

/** SMT as a {@link Topology} view presents it; {@link #id()} is the word spec.md prints. */
public enum SmtState {
  /** Some core has two or more online threads. */
  ON,
  /** The hardware has SMT but every core has one online thread ({@code nosmt}, {@code --smt off}). */
  OFF,
  /** One thread per core in hardware. */
  NONE;

  /** {@code on}, {@code off} or {@code none}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
