package org.hvsched.topology.importers;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InputException;
import org.hvsched.topology.Topology;

/**
 * Reads the {@code cpu_topology} and {@code numa_info} sections of Xen's {@code xl info -n}
 * (formats.md 1.5). Siblings are CPUs with the same (socket, core); Xen's core ids are per socket
 * and may be sparse. CPUs up to {@code max_cpu_id} without a row are offline (xl omits CPUs whose
 * topology is invalid, e.g. parked by {@code smt=0}). {@code nr_cpus}, when present, must equal the
 * number of rows. Nodes come from {@code numa_info} (memory-only nodes included) or, without it,
 * from the CPU rows.
 */
public final class XlInfoImporter {
  private static final Pattern CPU_ROW = Pattern.compile("\\s*(\\d{1,5}):\\s+(-?\\d{1,9})\\s+(-?\\d{1,9})\\s+(-?\\d{1,9})\\s*");
  private static final Pattern NODE_ROW = Pattern.compile("\\s*(\\d{1,5}):\\s+(\\d+)\\s+(\\d+)\\s+([\\d,\\s]*)");
  private static final Pattern KV = Pattern.compile("([a-z_]+)\\s*:(.*)");

  private XlInfoImporter() {}

  /** Whether {@code text} looks like {@code xl info -n} output. */
  public static boolean looksLikeXlInfo(String text) {
    return text.lines().anyMatch(l -> l.matches("cpu_topology\\s*:\\s*"));
  }

  /** Parses {@code text}; {@code file} names it in errors. */
  public static Topology parse(String file, String text) {
    List<String> lines = text.lines().toList();
    Map<String, Integer> kvLine = new LinkedHashMap<>();
    Map<String, String> kv = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = KV.matcher(lines.get(i));
      if (m.matches() && !kv.containsKey(m.group(1))) {
        kv.put(m.group(1), m.group(2).strip());
        kvLine.put(m.group(1), i + 1);
      }
    }
    Integer topoLine = kvLine.get("cpu_topology");
    if (topoLine == null) {
      throw new InputException(file, "no 'cpu_topology' section: expected the output of 'xl info -n'");
    }
    Map<Integer, int[]> rows = cpuRows(file, lines, topoLine);
    Map<Integer, Integer> numaNodes = kvLine.containsKey("numa_info")
        ? nodeRows(file, lines, kvLine.get("numa_info")) : Map.of();
    checkNrCpus(file, kv, kvLine, rows.size());
    return build(file, kv, kvLine, rows, numaNodes);
  }

  /** cpu -> {core, socket, node, line}. */
  private static Map<Integer, int[]> cpuRows(String file, List<String> lines, int topoLine) {
    int header = topoLine;
    if (header >= lines.size() || !lines.get(header).strip().matches("cpu:\\s+core\\s+socket\\s+node")) {
      throw new InputException(file, header + 1, 1, "expected the header 'cpu:    core    socket     node'"
          + " after 'cpu_topology'");
    }
    Map<Integer, int[]> rows = new TreeMap<>();
    for (int i = header + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher m = CPU_ROW.matcher(line);
      if (!m.matches()) {
        if (line.matches("\\s*\\d+:.*")) {
          throw new InputException(file, i + 1, 1, "found '" + line.strip()
              + "', expected 'CPU: CORE SOCKET NODE' with integers");
        }
        break;
      }
      int cpu = Integer.parseInt(m.group(1));
      if (cpu > CpuSet.MAX_CPU) {
        throw new InputException(file, i + 1, 1, "CPU " + cpu + " exceeds the supported maximum "
            + CpuSet.MAX_CPU);
      }
      int[] row = {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
          Integer.parseInt(m.group(4)), i + 1};
      if (row[0] < 0 || row[1] < 0) {
        throw new InputException(file, i + 1, 1, "CPU " + cpu + " has core " + row[0] + " socket "
            + row[1] + ": expected non-negative ids");
      }
      if (rows.put(cpu, row) != null) {
        throw new InputException(file, i + 1, 1, "CPU " + cpu + " appears twice in cpu_topology:"
            + " expected one row per CPU");
      }
    }
    if (rows.isEmpty()) {
      throw new InputException(file, header + 2, 1, "cpu_topology has no CPU rows: expected"
          + " lines like '  0:       0        0        0'");
    }
    return rows;
  }

  /** node -> line, from numa_info. */
  private static Map<Integer, Integer> nodeRows(String file, List<String> lines, int numaLine) {
    if (numaLine >= lines.size() || !lines.get(numaLine).strip().startsWith("node:")) {
      throw new InputException(file, numaLine + 1, 1, "expected the header"
          + " 'node:    memsize    memfree    distances' after 'numa_info'");
    }
    Map<Integer, Integer> nodes = new TreeMap<>();
    for (int i = numaLine + 1; i < lines.size(); i++) {
      Matcher m = NODE_ROW.matcher(lines.get(i));
      if (!m.matches()) {
        break;
      }
      if (nodes.put(Integer.parseInt(m.group(1)), i + 1) != null) {
        throw new InputException(file, i + 1, 1, "node " + m.group(1) + " appears twice in numa_info");
      }
    }
    return nodes;
  }

  private static void checkNrCpus(String file, Map<String, String> kv, Map<String, Integer> kvLine,
      int rows) {
    String nr = kv.get("nr_cpus");
    if (nr != null && !nr.equals(Integer.toString(rows))) {
      throw new InputException(file, kvLine.get("nr_cpus"), 1, "nr_cpus is '" + nr
          + "' but cpu_topology lists " + rows + " CPUs: expected them to match");
    }
  }

  private static Topology build(String file, Map<String, String> kv, Map<String, Integer> kvLine,
      Map<Integer, int[]> rows, Map<Integer, Integer> numaNodes) {
    Map<List<Integer>, BitSet> cores = new LinkedHashMap<>();
    Map<Integer, BitSet> nodes = new TreeMap<>();
    numaNodes.keySet().forEach(n -> nodes.put(n, new BitSet()));
    boolean anyNode = false;
    for (Map.Entry<Integer, int[]> e : rows.entrySet()) {
      int[] r = e.getValue();
      cores.computeIfAbsent(List.of(r[1], r[0]), k -> new BitSet()).set(e.getKey());
      if (r[2] >= 0) {
        if (!numaNodes.isEmpty() && !numaNodes.containsKey(r[2])) {
          throw new InputException(file, r[3], 1, "CPU " + e.getKey() + " is in node " + r[2]
              + " which numa_info does not list (" + numaNodes.keySet() + ")");
        }
        nodes.computeIfAbsent(r[2], k -> new BitSet()).set(e.getKey());
        anyNode = true;
      }
    }
    Topology.Builder b = Topology.builder();
    cores.forEach((key, bits) -> b.core(key.get(0), CpuSet.fromBitSet(bits)));
    String tpc = kv.getOrDefault("threads_per_core", "1");
    b.smtCapable(tpc.matches("\\d{1,9}") && Integer.parseInt(tpc) > 1);
    if (anyNode) {
      nodes.forEach((id, bits) -> b.node(id, CpuSet.fromBitSet(bits)));
    }
    CpuSet listed = CpuSet.of(rows.keySet().stream().mapToInt(Integer::intValue).toArray());
    String max = kv.get("max_cpu_id");
    if (max != null) {
      if (!max.matches("\\d{1,5}")) {
        throw new InputException(file, kvLine.get("max_cpu_id"), 1, "max_cpu_id is '" + max
            + "': expected a CPU number");
      }
      int maxCpu = Integer.parseInt(max);
      if (maxCpu < listed.last()) {
        throw new InputException(file, kvLine.get("max_cpu_id"), 1, "max_cpu_id is " + maxCpu
            + " but cpu_topology lists CPU " + listed.last() + ": expected max_cpu_id >= every CPU");
      }
      b.offline(CpuSet.range(0, maxCpu).minus(listed));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new InputException(file, 0, 0, e.getMessage(), e);
    }
  }
}
