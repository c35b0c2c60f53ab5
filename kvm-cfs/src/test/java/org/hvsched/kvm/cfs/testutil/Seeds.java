package org.hvsched.kvm.cfs.testutil;

/** Seeds and iteration counts of random tests: {@code -Dhvsched.seed=N} replays one run. */
public final class Seeds {
  private Seeds() {}

  /** The seed to use: the system property, else {@code fallback}; printed. */
  public static long seed(String test, long fallback) {
    String s = System.getProperty("hvsched.seed");
    long seed = s == null ? fallback : Long.parseLong(s.trim());
    System.out.println(test + ": seed " + seed + " (replay with -Dhvsched.seed=" + seed + ")");
    return seed;
  }

  /** Iterations: {@code -Dhvsched.fuzz.iterations}, else {@code fallback}. */
  public static int iterations(int fallback) {
    String s = System.getProperty("hvsched.fuzz.iterations");
    return s == null ? fallback : Integer.parseInt(s.trim());
  }

  /** True when a single seed was asked for (run one iteration). */
  public static boolean replaying() {
    return System.getProperty("hvsched.seed") != null;
  }
}
