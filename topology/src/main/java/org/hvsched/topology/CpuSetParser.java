package org.hvsched.topology;

import java.util.BitSet;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The parsers and printers behind {@link CpuSet}. Grammar of the list dialects, merged:
 *
 * <pre>
 * list   := sep* [item (sep+ item)*] sep*          sep := "," | whitespace
 * item   := ["^"] (range | "all" [stride] | ("node:"|"nodes:"|"socket:"|"sockets:") (range | "all"))
 * range  := num ["-" num [stride]]                  num := decimal | "N"   (N = highest CPU)
 * stride := ":" used "/" group                      (kernel: keep the first used CPUs of every group)
 * </pre>
 *
 * Items apply left to right; {@code ^} removes what earlier items added (libvirt, xl). Items that
 * name nodes, sockets, {@code all} or {@code N} need a {@link Topology}.
 */
final class CpuSetParser {
  private CpuSetParser() {}

  static String clean(String text) {
    if (text == null) {
      throw new IllegalArgumentException("CPU set text is null");
    }
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '\0' || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    return text.substring(0, end).strip();
  }

  static CpuSet parse(String text, Topology topo) {
    String s = clean(text);
    if (s.isEmpty()) {
      return CpuSet.empty();
    }
    if (s.toLowerCase(Locale.ROOT).contains("0x")) {
      return parseHwlocBitmap(s);
    }
    if (looksLikeHexMask(s)) {
      return parseHexMask(s);
    }
    return parseList(s, topo);
  }

  /** Hex digits and commas only, and something only a mask would have. */
  static boolean looksLikeHexMask(String s) {
    if (!s.matches("[0-9a-fA-F]+(,[0-9a-fA-F]+)*")) {
      return false;
    }
    String[] fields = s.split(",");
    boolean allEight = fields.length > 1;
    for (int i = 0; i < fields.length; i++) {
      String f = fields[i];
      if (!f.matches("[0-9]+") || (f.length() > 1 && f.charAt(0) == '0')) {
        return true;
      }
      if (i > 0 && f.length() != 8) {
        allEight = false;
      }
    }
    return allEight;
  }

  static CpuSet parseHexMask(String s) {
    if (s.isEmpty()) {
      throw new IllegalArgumentException("empty hex mask: expected hex digits such as 0f0f");
    }
    String[] fields = s.split(",", -1);
    BitSet bits = new BitSet();
    for (int i = 0; i < fields.length; i++) {
      String f = fields[i];
      if (!f.matches("[0-9a-fA-F]{1,8}")) {
        throw new IllegalArgumentException("bad hex mask field '" + f + "' in \"" + s
            + "\": expected 1 to 8 hex digits per 32-bit chunk, chunks separated by ','");
      }
      setWord(bits, fields.length - 1 - i, Long.parseLong(f, 16), s);
    }
    return CpuSet.fromBitSet(bits);
  }

  static CpuSet parseHwlocBitmap(String s) {
    if (s.isEmpty()) {
      throw new IllegalArgumentException("empty hwloc bitmap: expected e.g. 0x0000ffff");
    }
    String[] fields = s.split(",", -1);
    BitSet bits = new BitSet();
    for (int i = 0; i < fields.length; i++) {
      String f = fields[i].strip();
      String digits = f.regionMatches(true, 0, "0x", 0, 2) ? f.substring(2) : f;
      if (digits.equalsIgnoreCase("f...f")) {
        throw new IllegalArgumentException("hwloc bitmap \"" + s
            + "\" is infinite (0xf...f sets every higher CPU): expected a finite set");
      }
      if (!digits.isEmpty() && !digits.matches("[0-9a-fA-F]{1,8}")) {
        throw new IllegalArgumentException("bad hwloc bitmap word '" + f + "' in \"" + s
            + "\": expected 0x followed by 1 to 8 hex digits, or an empty word");
      }
      long value = digits.isEmpty() ? 0 : Long.parseLong(digits, 16);
      setWord(bits, fields.length - 1 - i, value, s);
    }
    return CpuSet.fromBitSet(bits);
  }

  private static void setWord(BitSet bits, int wordIndex, long value, String s) {
    if (value != 0 && (long) wordIndex * 32 > CpuSet.MAX_CPU) {
      throw new IllegalArgumentException("mask \"" + s + "\" names CPUs above " + CpuSet.MAX_CPU);
    }
    for (int b = 0; b < 32; b++) {
      if ((value & (1L << b)) != 0) {
        bits.set(wordIndex * 32 + b);
      }
    }
  }

  static CpuSet parseList(String s, Topology topo) {
    BitSet bits = new BitSet();
    for (String token : s.split("[,\\s]+")) {
      if (token.isEmpty()) {
        continue;
      }
      boolean remove = token.startsWith("^");
      CpuSet item = parseItem(remove ? token.substring(1) : token, token, s, topo, remove);
      if (remove) {
        bits.andNot(item.toBitSet());
      } else {
        bits.or(item.toBitSet());
      }
    }
    return CpuSet.fromBitSet(bits);
  }

  private static CpuSet parseItem(String body, String token, String s, Topology topo, boolean remove) {
    String lower = body.toLowerCase(Locale.ROOT);
    for (String prefix : new String[] {"nodes:", "node:", "sockets:", "socket:"}) {
      if (lower.startsWith(prefix)) {
        Topology t = need(topo, token, s);
        boolean node = prefix.startsWith("node");
        return groups(body.substring(prefix.length()), token, s,
            node ? t.nodes().size() : t.sockets().size(),
            node ? i -> t.nodes().get(i).id().id() : i -> i,
            node ? i -> t.nodes().get(i).cpus() : i -> t.cpusOf(new SocketId(i)),
            node ? "node" : "socket");
      }
    }
    if (lower.equals("all") || lower.startsWith("all:")) {
      if (remove) {
        throw bad(token, s, "'^all' removes every CPU (xl rejects it)");
      }
      Topology t = need(topo, token, s);
      CpuSet all = t.online();
      return lower.equals("all") ? all : stride(0, t.maxCpu(), body.substring(4), token, s).intersect(all);
    }
    return range(body, token, s, topo);
  }

  private static CpuSet range(String body, String token, String s, Topology topo) {
    String rest = body;
    String strideText = null;
    int colon = rest.indexOf(':');
    if (colon >= 0) {
      strideText = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
    }
    int dash = rest.indexOf('-');
    int from = number(dash < 0 ? rest : rest.substring(0, dash), token, s, topo);
    int to = dash < 0 ? from : number(rest.substring(dash + 1), token, s, topo);
    if (strideText != null && dash < 0) {
      throw bad(token, s, "a stride ':U/G' needs a range N-M before it");
    }
    if (to < from) {
      throw bad(token, s, "range end " + to + " is below its start " + from);
    }
    return strideText == null ? CpuSet.range(from, to) : stride(from, to, strideText, token, s);
  }

  private static CpuSet stride(int from, int to, String text, String token, String s) {
    String[] parts = text.split("/", -1);
    if (parts.length != 2 || !parts[0].matches("\\d{1,9}") || !parts[1].matches("\\d{1,9}")) {
      throw bad(token, s, "a stride must read ':U/G' with decimal U and G");
    }
    int used = Integer.parseInt(parts[0]);
    int group = Integer.parseInt(parts[1]);
    if (group < 1 || used > group) {
      throw bad(token, s, "stride " + used + "/" + group + " needs group >= 1 and used <= group");
    }
    BitSet bits = new BitSet();
    for (int cpu = from; cpu <= to; cpu++) {
      if ((cpu - from) % group < used) {
        bits.set(cpu);
      }
    }
    return CpuSet.fromBitSet(bits);
  }

  private static CpuSet groups(String body, String token, String s, int count,
      IntFunction<Integer> idOf, IntFunction<CpuSet> cpusOf, String what) {
    BitSet wanted = new BitSet();
    boolean all = body.equalsIgnoreCase("all");
    if (!all) {
      if (!body.matches("\\d{1,9}(-\\d{1,9})?")) {
        throw bad(token, s, "expected " + what + ":N, " + what + "s:N-M or " + what + ":all");
      }
      String[] ends = body.split("-");
      int from = Integer.parseInt(ends[0]);
      int to = ends.length > 1 ? Integer.parseInt(ends[1]) : from;
      if (to < from || to > CpuSet.MAX_CPU) {
        throw bad(token, s, "range " + from + "-" + to + " is reversed or too large");
      }
      wanted.set(from, to + 1);
    }
    BitSet bits = new BitSet();
    BitSet found = new BitSet();
    for (int i = 0; i < count; i++) {
      int id = idOf.apply(i);
      if (all || wanted.get(id)) {
        found.set(id);
        bits.or(cpusOf.apply(i).toBitSet());
      }
    }
    if (!all && !found.equals(wanted)) {
      wanted.andNot(found);
      throw bad(token, s, what + " " + CpuSet.fromBitSet(wanted) + " does not exist on this host");
    }
    return CpuSet.fromBitSet(bits);
  }

  private static int number(String text, String token, String s, Topology topo) {
    if (text.equals("N")) {
      return need(topo, token, s).maxCpu();
    }
    if (!text.matches("\\d{1,9}")) {
      throw bad(token, s, "'" + text + "' is not a CPU number");
    }
    int n = Integer.parseInt(text);
    if (n > CpuSet.MAX_CPU) {
      throw bad(token, s, "CPU " + n + " exceeds the supported maximum " + CpuSet.MAX_CPU);
    }
    return n;
  }

  private static Topology need(Topology topo, String token, String s) {
    if (topo == null) {
      throw bad(token, s, "this item needs a host topology; here only numbers are known");
    }
    return topo;
  }

  private static IllegalArgumentException bad(String token, String s, String why) {
    return new IllegalArgumentException("bad CPU list item '" + token + "' in \"" + s + "\": " + why
        + "; expected items N, N-M, N-M:U/G, ^N, all, node:N, nodes:N-M, socket:N");
  }

  static String toHexMask(CpuSet set, int nrCpuIds) {
    if (nrCpuIds < 1 || (!set.isEmpty() && set.last() >= nrCpuIds)) {
      throw new IllegalArgumentException("nrCpuIds " + nrCpuIds + " does not cover " + set);
    }
    int chunks = (nrCpuIds + 31) / 32;
    int firstBits = nrCpuIds % 32 == 0 ? 32 : nrCpuIds % 32;
    StringBuilder sb = new StringBuilder();
    for (int i = chunks - 1; i >= 0; i--) {
      int digits = i == chunks - 1 ? (firstBits + 3) / 4 : 8;
      String hex = Integer.toHexString(set.word32(i));
      sb.append("0".repeat(Math.max(0, digits - hex.length()))).append(hex);
      if (i > 0) {
        sb.append(',');
      }
    }
    return sb.toString();
  }

  static String toHwlocBitmap(CpuSet set) {
    if (set.isEmpty()) {
      return "0x0";
    }
    int top = set.last() / 32;
    StringBuilder sb = new StringBuilder();
    for (int i = top; i >= 0; i--) {
      int w = set.word32(i);
      if (w != 0 || i == 0) {
        sb.append(w == 0 ? "0x0" : String.format("0x%08x", w));
      }
      if (i > 0) {
        sb.append(',');
      }
    }
    return sb.toString();
  }
}
