package org.hvsched.harness.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The suite's knobs, from system properties: {@code -Dhvsched.tck.scenarios=N} randomized
 * scenarios per setting variant (default {@value #DEFAULT_SCENARIOS}),
 * {@code -Dhvsched.tck.baseSeed=N} the seed the scenario seeds derive from (default: a fixed
 * seed, so that the default run, CI's, is reproducible; {@code random} draws a new one, printed), and {@code -Dhvsched.seed=N} to replay one scenario by its printed seed.
 */
final class KitConfig {
  /** Randomized scenarios per setting variant in a default run. */
  static final int DEFAULT_SCENARIOS = 200;
  /** The base seed of a default run (CI): fixed, so a failure there is reproducible. */
  static final long DEFAULT_BASE_SEED = 20261125L;
  /** Scenarios run twice by the determinism check (all of them when fewer). */
  static final int DETERMINISM_SCENARIOS = 16;

  private KitConfig() {}

  /** The seed to replay, if one is given. */
  static OptionalLong replaySeed() {
    Long seed = Long.getLong("hvsched.seed");
    return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
  }

  /** The base seed: given, or drawn from the clock (this is test set-up, not simulation). */
  static long baseSeed() {
    String given = System.getProperty("hvsched.tck.baseSeed");
    if (given == null || given.isBlank()) {
      return DEFAULT_BASE_SEED;
    }
    if (given.equals("random")) {
      return System.nanoTime() * 0x9E3779B97F4A7C15L;
    }
    return Long.parseLong(given.trim());
  }

  /** The seeds of one batch: the replayed one, or {@code scenarios} derived from the base. */
  static List<Long> seeds(String label) {
    OptionalLong replay = replaySeed();
    if (replay.isPresent()) {
      System.out.println(label + ": replaying scenario seed " + replay.getAsLong());
      return List.of(replay.getAsLong());
    }
    int n = Integer.getInteger("hvsched.tck.scenarios", DEFAULT_SCENARIOS);
    long base = baseSeed();
    System.out.println(label + ": " + n + " scenarios from base seed " + base
        + " (-Dhvsched.tck.baseSeed=" + base + " repeats them; a failure prints its scenario seed"
        + " for -Dhvsched.seed=N)");
    List<Long> seeds = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      seeds.add(mix(base + i * 0x9E3779B97F4A7C15L));
    }
    return seeds;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
