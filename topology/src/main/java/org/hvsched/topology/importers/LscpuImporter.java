package org.hvsched.topology.importers;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InputException;
import org.hvsched.topology.Topology;

/**
 * Reads {@code lscpu -p} and {@code lscpu -p=CPU,CORE,SOCKET,NODE[,...]} output (formats.md 1.3).
 *
 * <p>The last comment line names the columns (case-insensitive; {@code CPU} and {@code Core}
 * required, {@code Socket}, {@code Node}, {@code Online} used when present, cache and other
 * columns ignored). Siblings are rows sharing (Socket, Core): lscpu's Core is already the index of
 * a sibling set, and pairing it with Socket also copes with {@code -y} raw ids. A row with an
 * empty Core, or {@code N} in Online, is an offline CPU. Empty Node fields on every online row
 * mean "no NUMA information" (one node 0).
 */
public final class LscpuImporter {
  private LscpuImporter() {}

  /** Whether {@code text} looks like lscpu parsable output. */
  public static boolean looksLikeLscpu(String text) {
    return text.lines().anyMatch(l -> l.matches("#\\s*CPU\\s*,.*"));
  }

  /** Parses {@code text}; {@code file} names it in errors. */
  public static Topology parse(String file, String text) {
    List<String> lines = text.lines().toList();
    int headerLine = -1;
    for (int i = 0; i < lines.size() && lines.get(i).startsWith("#"); i++) {
      headerLine = i;
    }
    if (headerLine < 0) {
      throw new InputException(file, 1, 1, "no comment header: expected lscpu -p output whose last"
          + " '#' line names the columns, e.g. '# CPU,Core,Socket,Node'");
    }
    Columns cols = new Columns(file, headerLine + 1, lines.get(headerLine).substring(1).strip());
    Rows rows = new Rows(file, cols);
    for (int i = headerLine + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#")) {
        throw new InputException(file, i + 1, 1, "comment line after the data: expected only rows");
      }
      if (!line.isBlank()) {
        rows.add(i + 1, line);
      }
    }
    return rows.build();
  }

  /** Column indices from the header. */
  private static final class Columns {
    final int count;
    final int cpu;
    final int core;
    final int socket;
    final int node;
    final int online;

    Columns(String file, int line, String header) {
      String[] names = header.split(",", -1);
      count = names.length;
      Map<String, Integer> index = new LinkedHashMap<>();
      for (int i = 0; i < names.length; i++) {
        index.putIfAbsent(names[i].strip().toLowerCase(Locale.ROOT), i);
      }
      if (!index.containsKey("cpu") || !index.containsKey("core")) {
        throw new InputException(file, line, 1, "header '# " + header
            + "' lacks CPU or Core: expected e.g. '# CPU,Core,Socket,Node' (run lscpu -p=CPU,CORE,SOCKET,NODE)");
      }
      cpu = index.get("cpu");
      core = index.get("core");
      socket = index.getOrDefault("socket", -1);
      node = index.getOrDefault("node", -1);
      online = index.getOrDefault("online", -1);
    }
  }

  /** Accumulates rows and checks them. */
  private static final class Rows {
    private final String file;
    private final Columns cols;
    private final Map<List<Integer>, BitSet> cores = new LinkedHashMap<>();
    private final Map<Integer, BitSet> nodes = new TreeMap<>();
    private final Map<Integer, Integer> lineOfCpu = new TreeMap<>();
    private final BitSet offline = new BitSet();
    private final List<int[]> onlineWithoutNode = new ArrayList<>();

    Rows(String file, Columns cols) {
      this.file = file;
      this.cols = cols;
    }

    void add(int line, String text) {
      String[] f = text.split(",", -1);
      if (f.length != cols.count) {
        throw new InputException(file, line, 1, "found " + f.length + " fields, expected "
            + cols.count + " as the header names");
      }
      int cpu = number(f, cols.cpu, line, text, "CPU number");
      if (cpu > CpuSet.MAX_CPU) {
        throw new InputException(file, line, column(text, cols.cpu), "CPU " + cpu
            + " exceeds the supported maximum " + CpuSet.MAX_CPU);
      }
      Integer previous = lineOfCpu.putIfAbsent(cpu, line);
      if (previous != null) {
        throw new InputException(file, line, 1, "CPU " + cpu + " appears again (first on line "
            + previous + "): expected one row per CPU");
      }
      boolean on = cols.online < 0 || !f[cols.online].strip().equalsIgnoreCase("N");
      if (!on || f[cols.core].isBlank()) {
        offline.set(cpu);
        return;
      }
      int core = number(f, cols.core, line, text, "core id");
      int socket = cols.socket < 0 || f[cols.socket].isBlank() ? 0
          : number(f, cols.socket, line, text, "socket id");
      cores.computeIfAbsent(List.of(socket, core), k -> new BitSet()).set(cpu);
      if (cols.node < 0 || f[cols.node].isBlank()) {
        onlineWithoutNode.add(new int[] {cpu, line, cols.node < 0 ? 0 : column(text, cols.node)});
      } else {
        nodes.computeIfAbsent(number(f, cols.node, line, text, "node id"), k -> new BitSet()).set(cpu);
      }
    }

    Topology build() {
      if (lineOfCpu.isEmpty()) {
        throw new InputException(file, "no CPU rows: expected one line per CPU after the header");
      }
      if (!nodes.isEmpty() && !onlineWithoutNode.isEmpty()) {
        int[] where = onlineWithoutNode.get(0);
        throw new InputException(file, where[1], where[2], "CPU " + where[0]
            + " has an empty Node field while other CPUs have one: expected all or none (an offline"
            + " CPU listed by -a? add the ONLINE column: lscpu -p=CPU,CORE,SOCKET,NODE,ONLINE -a)");
      }
      Topology.Builder b = Topology.builder();
      cores.forEach((key, bits) -> b.core(key.get(0), CpuSet.fromBitSet(bits)));
      nodes.forEach((id, bits) -> b.node(id, CpuSet.fromBitSet(bits)));
      if (cores.isEmpty()) {
        throw new InputException(file, "no online CPU with a Core id: expected at least one");
      }
      try {
        return b.offline(CpuSet.fromBitSet(offline)).build();
      } catch (IllegalArgumentException e) {
        throw new InputException(file, 0, 0, e.getMessage(), e);
      }
    }

    private int number(String[] f, int col, int line, String text, String what) {
      String v = f[col].strip();
      if (!v.matches("\\d{1,6}")) {
        throw new InputException(file, line, column(text, col), "found '" + f[col] + "' in column "
            + (col + 1) + ", expected a " + what + " (non-negative integer)");
      }
      return Integer.parseInt(v);
    }

    private static int column(String text, int field) {
      int pos = 0;
      for (int i = 0; i < field; i++) {
        pos = text.indexOf(',', pos) + 1;
      }
      return pos + 1;
    }
  }
}
