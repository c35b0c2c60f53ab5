package org.hvsched.core.random;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * A named, seeded stream of random numbers. The k-th draw of the stream named N under seed S is
 * the same number in every configuration of a comparison (common random numbers): streams are
 * derived from (seed, name) only, never from the order in which they are created.
 *
 * <p>Backed by {@link SplittableRandom} (SplitMix64, specified by the JDK, so identical on every
 * JVM).
 */
public final class RandomStream {
  private final String name;
  private final SplittableRandom random;

  private RandomStream(String name, long state) {
    this.name = name;
    this.random = new SplittableRandom(state);
  }

  /** The stream {@code name} of run seed {@code seed}. */
  public static RandomStream of(long seed, String name) {
    return new RandomStream(name, mix(seed ^ fnv1a64(name)));
  }

  /** The stream's name. */
  public String name() {
    return name;
  }

  /** Uniform in [0, 1). */
  public double nextDouble() {
    return random.nextDouble();
  }

  /** Uniform in (0, 1]: safe for logarithms. */
  public double nextOpenDouble() {
    return 1.0 - random.nextDouble();
  }

  /** Standard normal (Box-Muller, one value per call, deterministic). */
  public double nextGaussian() {
    double u1 = nextOpenDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
  }

  /** Uniform in [0, bound). */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** Uniform in [0, bound). */
  public long nextLong(long bound) {
    return random.nextLong(bound);
  }

  static long fnv1a64(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
