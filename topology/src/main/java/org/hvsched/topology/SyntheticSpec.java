package org.hvsched.topology;

import java.util.Locale;

/**
 * The synthetic host spec of spec.md section 2: {@code SxCxT[,nodes=N][,numbering=linux|xen]}
 * (sockets x cores per socket x threads per core; {@code nodes} = NUMA nodes per socket, default
 * 1, splitting each socket's cores into equal consecutive groups; node id = socket * N + group).
 *
 * <p>Linux numbering (default) is thread-major: cpu = t*(S*C) + s*C + c, so {@code 1x4x2} pairs
 * {0,4}, {1,5}. Xen numbering is core-major: cpu = (s*C + c)*T + t, pairs {0,1}, {2,3}.
 */
public final class SyntheticSpec {
  /** How CPU numbers are laid over sockets, cores and threads. */
  public enum Numbering {
    /** Thread-major, as Linux enumerates x86 hosts. */
    LINUX,
    /** Core-major, siblings adjacent, as Xen enumerates them. */
    XEN
  }

  private static final int MAX_CPUS = CpuSet.MAX_CPU + 1;

  private SyntheticSpec() {}

  /** Whether {@code text} has the shape of a spec ({@code digits x digits x digits ...}). */
  public static boolean looksLikeSpec(String text) {
    return text != null && text.strip().matches("-?\\d+x-?\\d+x-?\\d+(,.*)?");
  }

  /**
   * Builds the host.
   *
   * @throws IllegalArgumentException naming the bad token (zero or negative counts, unknown
   *     options, nodes not dividing the cores)
   */
  public static Topology parse(String spec) {
    String text = spec == null ? "" : spec.strip();
    String[] parts = text.split(",", -1);
    String[] dims = parts[0].split("x", -1);
    if (dims.length != 3) {
      throw bad(text, parts[0], "expected SxCxT, e.g. 2x16x2");
    }
    int sockets = count(text, dims[0], "sockets");
    int cores = count(text, dims[1], "cores per socket");
    int threads = count(text, dims[2], "threads per core");
    int nodes = 1;
    Numbering numbering = Numbering.LINUX;
    for (int i = 1; i < parts.length; i++) {
      String opt = parts[i].strip();
      if (opt.startsWith("nodes=")) {
        nodes = count(text, opt.substring(6), "nodes per socket");
      } else if (opt.startsWith("numbering=")) {
        numbering = numbering(text, opt.substring(10));
      } else {
        throw bad(text, opt, "unknown option; expected nodes=N or numbering=linux|xen");
      }
    }
    if ((long) sockets * cores * threads > MAX_CPUS) {
      throw bad(text, parts[0], "more than " + MAX_CPUS + " CPUs");
    }
    if (cores % nodes != 0) {
      throw bad(text, "nodes=" + nodes, "must divide the " + cores + " cores per socket");
    }
    return build(sockets, cores, threads, nodes, numbering);
  }

  /** The host of the given shape. */
  public static Topology build(int sockets, int cores, int threads, int nodesPerSocket,
      Numbering numbering) {
    Topology.Builder b = Topology.builder();
    int coresPerNode = cores / nodesPerSocket;
    java.util.BitSet[] nodeCpus = new java.util.BitSet[sockets * nodesPerSocket];
    for (int s = 0; s < sockets; s++) {
      for (int c = 0; c < cores; c++) {
        int[] cpus = new int[threads];
        for (int t = 0; t < threads; t++) {
          cpus[t] = numbering == Numbering.LINUX
              ? t * sockets * cores + s * cores + c
              : (s * cores + c) * threads + t;
        }
        CpuSet set = CpuSet.of(cpus);
        b.core(s, set);
        int node = s * nodesPerSocket + c / coresPerNode;
        if (nodeCpus[node] == null) {
          nodeCpus[node] = new java.util.BitSet();
        }
        nodeCpus[node].or(set.toBitSet());
      }
    }
    for (int n = 0; n < nodeCpus.length; n++) {
      b.node(n, CpuSet.fromBitSet(nodeCpus[n]));
    }
    return b.build();
  }

  private static int count(String text, String token, String what) {
    String t = token.strip();
    if (!t.matches("-?\\d{1,9}")) {
      throw bad(text, token, "expected a positive number of " + what);
    }
    int n = Integer.parseInt(t);
    if (n <= 0) {
      throw bad(text, token, what + " must be at least 1");
    }
    return n;
  }

  private static Numbering numbering(String text, String value) {
    try {
      return Numbering.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw bad(text, "numbering=" + value, "expected numbering=linux or numbering=xen");
    }
  }

  private static IllegalArgumentException bad(String spec, String token, String why) {
    return new IllegalArgumentException("bad topology spec '" + spec + "' at '" + token + "': " + why);
  }
}
