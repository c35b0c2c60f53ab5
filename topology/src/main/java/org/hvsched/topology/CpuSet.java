package org.hvsched.topology;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;
import java.util.stream.IntStream;

/**
 * An immutable set of OS CPU numbers, backed by a {@code long[]} bitset.
 *
 * <p>{@link #parse(String)} reads every dialect that needs no topology (sysfs cpulists, kernel
 * lists with strides, sysfs hex masks, hwloc bitmaps, libvirt cpusets with {@code ^}); {@link
 * #parse(String, Topology)} adds the xl CPULIST forms that name nodes ({@code all,^node:1}). The
 * grammar of each dialect is in {@code shared/reference/formats.md} section 1.1 and {@link
 * CpuSetParser}. {@link #toString()} prints the canonical sysfs list ({@code 0-3,8-11}, empty
 * string for the empty set).
 *
 * <p>Sets are ordered ({@link #compareTo}) by their ascending members, lexicographically, so
 * {@code {0,8} < {1,9}} and a set sorts before every longer set that starts with it.
 */
public final class CpuSet implements Iterable<Integer>, Comparable<CpuSet> {
  /** The largest CPU number a set may hold (parsers reject larger numbers). */
  public static final int MAX_CPU = (1 << 16) - 1;

  private static final CpuSet EMPTY = new CpuSet(new long[0]);

  /** Trimmed: the last word, if any, is non-zero. */
  private final long[] words;

  private CpuSet(long[] words) {
    this.words = words;
  }

  /** The set of the given CPU numbers (duplicates allowed). */
  public static CpuSet of(int... cpus) {
    BitSet bits = new BitSet();
    for (int cpu : cpus) {
      bits.set(checkCpu(cpu));
    }
    return fromBitSet(bits);
  }

  /** CPUs {@code fromInclusive..toInclusive}; empty when {@code to < from}. */
  public static CpuSet range(int fromInclusive, int toInclusive) {
    checkCpu(fromInclusive);
    if (toInclusive < fromInclusive) {
      return EMPTY;
    }
    BitSet bits = new BitSet();
    bits.set(fromInclusive, checkCpu(toInclusive) + 1);
    return fromBitSet(bits);
  }

  /** The empty set. */
  public static CpuSet empty() {
    return EMPTY;
  }

  /** A copy of {@code bits} as a set. */
  public static CpuSet fromBitSet(BitSet bits) {
    if (bits.length() - 1 > MAX_CPU) {
      throw new IllegalArgumentException("CPU number " + (bits.length() - 1) + " exceeds " + MAX_CPU);
    }
    long[] w = bits.toLongArray();
    return w.length == 0 ? EMPTY : new CpuSet(w);
  }

  /**
   * Parses any dialect that needs no topology, detected from the text: a sysfs/kernel list
   * ({@code 0-3,8-11}, {@code 0-15:2/8}), a libvirt cpuset ({@code 1-4,^3,6}), a sysfs hex mask
   * ({@code 00000000,00000101}, {@code 0f0f}) or an hwloc bitmap ({@code 0x000000ff,0xffffffff}).
   * Trailing NULs and whitespace are ignored; an empty text is the empty set. A bare decimal number
   * is read as a CPU list, never as a mask: use {@link #parseHexMask} where a mask is expected.
   *
   * @throws IllegalArgumentException naming the bad item and what was expected
   */
  public static CpuSet parse(String text) {
    return CpuSetParser.parse(text, null);
  }

  /**
   * Like {@link #parse(String)}, plus the forms that need the host: xl CPULIST items {@code all},
   * {@code node:N}, {@code nodes:N-M}, {@code ^node:N}, hvsched's {@code socket:N}/{@code
   * sockets:N-M} (socket indices as printed by {@code hvsched topology}), and the kernel's {@code
   * N} (highest CPU). {@code all} means the online CPUs of {@code topo}.
   */
  public static CpuSet parse(String text, Topology topo) {
    return CpuSetParser.parse(text, topo);
  }

  /**
   * Parses a CPU list only (sysfs/kernel list with strides, libvirt {@code ^N}), never a mask:
   * what a {@code *_list} file or a {@code cpulist} holds.
   */
  public static CpuSet parseList(String text) {
    String s = CpuSetParser.clean(text);
    return s.isEmpty() ? EMPTY : CpuSetParser.parseList(s, null);
  }

  /** Parses a sysfs hex mask only (32-bit chunks, most significant first). */
  public static CpuSet parseHexMask(String text) {
    return CpuSetParser.parseHexMask(CpuSetParser.clean(text));
  }

  /** Parses an hwloc bitmap only ({@code 0x}-prefixed 32-bit words; empty word = 0). */
  public static CpuSet parseHwlocBitmap(String text) {
    return CpuSetParser.parseHwlocBitmap(CpuSetParser.clean(text));
  }

  /** Whether {@code cpu} is a member (false for negative numbers). */
  public boolean contains(int cpu) {
    if (cpu < 0) {
      return false;
    }
    int w = cpu >>> 6;
    return w < words.length && (words[w] & (1L << cpu)) != 0;
  }

  /** The number of members. */
  public int size() {
    int n = 0;
    for (long w : words) {
      n += Long.bitCount(w);
    }
    return n;
  }

  /** Whether the set has no member. */
  public boolean isEmpty() {
    return words.length == 0;
  }

  /** The lowest member. @throws NoSuchElementException when empty */
  public int first() {
    int cpu = next(0);
    if (cpu < 0) {
      throw new NoSuchElementException("empty CpuSet has no first CPU");
    }
    return cpu;
  }

  /** The highest member. @throws NoSuchElementException when empty */
  public int last() {
    if (words.length == 0) {
      throw new NoSuchElementException("empty CpuSet has no last CPU");
    }
    int i = words.length - 1;
    return i * 64 + 63 - Long.numberOfLeadingZeros(words[i]);
  }

  /** The lowest member {@code >= fromInclusive}, or -1. */
  public int next(int fromInclusive) {
    int from = Math.max(fromInclusive, 0);
    int i = from >>> 6;
    if (i >= words.length) {
      return -1;
    }
    long w = words[i] & (-1L << from);
    while (true) {
      if (w != 0) {
        return i * 64 + Long.numberOfTrailingZeros(w);
      }
      if (++i == words.length) {
        return -1;
      }
      w = words[i];
    }
  }

  /** Members of either set. */
  public CpuSet union(CpuSet other) {
    long[] a = words.length >= other.words.length ? words : other.words;
    long[] b = a == words ? other.words : words;
    long[] r = a.clone();
    for (int i = 0; i < b.length; i++) {
      r[i] |= b[i];
    }
    return of(r);
  }

  /** Members of both sets. */
  public CpuSet intersect(CpuSet other) {
    long[] r = new long[Math.min(words.length, other.words.length)];
    for (int i = 0; i < r.length; i++) {
      r[i] = words[i] & other.words[i];
    }
    return of(r);
  }

  /** Members of this set that are not in {@code other}. */
  public CpuSet minus(CpuSet other) {
    long[] r = words.clone();
    for (int i = 0; i < Math.min(r.length, other.words.length); i++) {
      r[i] &= ~other.words[i];
    }
    return of(r);
  }

  /** Whether every member of {@code other} is a member of this set. */
  public boolean containsAll(CpuSet other) {
    return other.minus(this).isEmpty();
  }

  /** Whether the sets share a member. */
  public boolean intersects(CpuSet other) {
    for (int i = 0; i < Math.min(words.length, other.words.length); i++) {
      if ((words[i] & other.words[i]) != 0) {
        return true;
      }
    }
    return false;
  }

  /** The members, ascending. */
  public int[] toArray() {
    return stream().toArray();
  }

  /** The members, ascending. */
  public IntStream stream() {
    return BitSet.valueOf(words).stream();
  }

  /** A mutable copy. */
  public BitSet toBitSet() {
    return BitSet.valueOf(words);
  }

  @Override
  public Iterator<Integer> iterator() {
    return new PrimitiveIterator.OfInt() {
      private int nextCpu = CpuSet.this.next(0);

      @Override
      public boolean hasNext() {
        return nextCpu >= 0;
      }

      @Override
      public int nextInt() {
        if (nextCpu < 0) {
          throw new NoSuchElementException();
        }
        int cpu = nextCpu;
        nextCpu = CpuSet.this.next(cpu + 1);
        return cpu;
      }
    };
  }

  /** The canonical sysfs cpulist: ascending runs, {@code N-M} for runs of two or more. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    int start = next(0);
    while (start >= 0) {
      int end = start;
      while (contains(end + 1)) {
        end++;
      }
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(start);
      if (end > start) {
        sb.append('-').append(end);
      }
      start = next(end + 1);
    }
    return sb.toString();
  }

  /**
   * The sysfs hex mask for a kernel with {@code nrCpuIds} possible CPUs: 32-bit chunks, most
   * significant first, the first chunk with only as many digits as its bits need.
   */
  public String toHexMask(int nrCpuIds) {
    return CpuSetParser.toHexMask(this, nrCpuIds);
  }

  /** {@link #toHexMask(int)} with {@code nrCpuIds} = the highest member + 1 (at least 1). */
  public String toHexMask() {
    return toHexMask(isEmpty() ? 1 : last() + 1);
  }

  /** The hwloc bitmap form ({@code 0x000000ff,0xffffffff}; {@code 0x0} when empty). */
  public String toHwlocBitmap() {
    return CpuSetParser.toHwlocBitmap(this);
  }

  /** The 32-bit word {@code index} (CPUs {@code 32*index .. 32*index+31}). */
  int word32(int index) {
    int w = index >>> 1;
    if (w >= words.length) {
      return 0;
    }
    return (int) (words[w] >>> ((index & 1) * 32));
  }

  @Override
  public int compareTo(CpuSet other) {
    int a = next(0);
    int b = other.next(0);
    while (a >= 0 && b >= 0) {
      if (a != b) {
        return Integer.compare(a, b);
      }
      a = next(a + 1);
      b = other.next(b + 1);
    }
    return Boolean.compare(a >= 0, b >= 0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CpuSet && Arrays.equals(words, ((CpuSet) o).words);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(words);
  }

  private static CpuSet of(long[] w) {
    int n = w.length;
    while (n > 0 && w[n - 1] == 0) {
      n--;
    }
    return n == 0 ? EMPTY : new CpuSet(n == w.length ? w : Arrays.copyOf(w, n));
  }

  private static int checkCpu(int cpu) {
    if (cpu < 0 || cpu > MAX_CPU) {
      throw new IllegalArgumentException("CPU number out of range 0.." + MAX_CPU + ": " + cpu);
    }
    return cpu;
  }
}
