package org.hvsched.topology;

import java.util.Locale;

/**
 * What a running thread mostly stresses, which decides how much it slows its SMT siblings and is
 * slowed by them ({@link SmtModel}). Names are the scenario words ({@code class: compute}).
 */
public enum InterferenceClass {
  /** Core-bound work: integer/FP execution units, small working set (ALU loops, crypto). */
  COMPUTE,
  /** Memory streaming: bandwidth-bound, stalls on DRAM (STREAM, large copies). */
  MEMORY,
  /** Typical mixed integer work with branches and cache misses (compiles, servers). */
  MIXED,
  /** A busy wait ({@code pause} loop): occupies the thread but uses little of the core. */
  SPIN;

  /** The lowercase name: {@code compute}, {@code memory}, {@code mixed}, {@code spin}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The class named {@code text} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the text and the accepted words
   */
  public static InterferenceClass parse(String text) {
    for (InterferenceClass c : values()) {
      if (c.id().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown interference class '" + text
        + "': expected compute, memory, mixed or spin");
  }
}
