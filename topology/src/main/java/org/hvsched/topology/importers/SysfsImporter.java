package org.hvsched.topology.importers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InputException;
import org.hvsched.topology.Topology;

/**
 * Reads a copy of Linux's {@code /sys/devices/system/cpu} (the directory itself or one above it:
 * {@code cpu/}, {@code system/cpu/}, {@code devices/system/cpu/}, {@code sys/devices/system/cpu/})
 * and the {@code node} directory beside it (formats.md 1.2).
 *
 * <p>Online CPUs come from {@code online}, cross-checked with every {@code cpuN/online}; CPUs in
 * {@code offline} (below {@code nr_cpu_ids}) or with a {@code cpuN} directory but not online are
 * offline. Cores are the sets of {@code core_cpus_list} (falling back to {@code
 * thread_siblings_list}, then the masks), which must agree between siblings and with each other;
 * {@code core_id} is never used. Sockets are {@code physical_package_id}, dies {@code die_id}
 * where present. An offline CPU whose stale topology names an online sibling joins that core as
 * an offline thread. Files may be NUL-padded (copies made with {@code tar}).
 */
public final class SysfsImporter {
  private static final Pattern CPU_DIR = Pattern.compile("cpu(\\d{1,5})");
  private static final Pattern NODE_DIR = Pattern.compile("node(\\d{1,5})");

  private SysfsImporter() {}

  /** Whether {@code path} looks like a sysfs copy (a {@code cpuN} directory is found). */
  public static boolean looksLikeSysfs(Path path) {
    return findCpuDir(path).isPresent();
  }

  /** Reads the tree at or above {@code path}. */
  public static Topology read(Path path) {
    Path cpuDir = findCpuDir(path).orElseThrow(() -> new InputException(path.toString(),
        "no cpuN directories here or in cpu/, system/cpu/, devices/system/cpu/ or"
            + " sys/devices/system/cpu/: expected a copy of /sys/devices/system/cpu"));
    Map<Integer, Path> cpus = cpuDirs(cpuDir);
    CpuSet online = online(cpuDir, cpus);
    CpuSet offline = offline(cpuDir, cpus, online);
    Topology.Builder builder = Topology.builder();
    List<SysfsCores.Group> cores = new SysfsCores(cpus, online, offline).group();
    cores.forEach(g -> builder.core(g.packageId(), g.dieId(), g.threads()));
    SysfsNodes.read(cpuDir, cpus, online).forEach(builder::node);
    Path smtControl = cpuDir.resolve("smt/control");
    if (Files.exists(smtControl)) {
      String control = TextFile.value(smtControl);
      builder.smtCapable(control.equals("off") || control.equals("forceoff") || control.matches("\\d+"));
    }
    try {
      return builder.online(online).offline(offline).build();
    } catch (IllegalArgumentException e) {
      throw new InputException(cpuDir.toString(), 0, 0, e.getMessage(), e);
    }
  }

  private static Optional<Path> findCpuDir(Path path) {
    for (String sub : new String[] {"", "cpu", "system/cpu", "devices/system/cpu",
        "sys/devices/system/cpu"}) {
      Path candidate = sub.isEmpty() ? path : path.resolve(sub);
      if (Files.isDirectory(candidate) && !cpuDirs(candidate).isEmpty()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static Map<Integer, Path> cpuDirs(Path dir) {
    Map<Integer, Path> result = new TreeMap<>();
    try (Stream<Path> entries = Files.list(dir)) {
      entries.forEach(p -> {
        Matcher m = CPU_DIR.matcher(p.getFileName().toString());
        if (m.matches() && Files.isDirectory(p) && Integer.parseInt(m.group(1)) <= CpuSet.MAX_CPU) {
          result.put(Integer.parseInt(m.group(1)), p);
        }
      });
    } catch (IOException e) {
      return Map.of();
    }
    return result;
  }

  static Map<Integer, Path> nodeDirs(Path dir) {
    Map<Integer, Path> result = new TreeMap<>();
    try (Stream<Path> entries = Files.list(dir)) {
      entries.forEach(p -> {
        Matcher m = NODE_DIR.matcher(p.getFileName().toString());
        if (m.matches()) {
          result.put(Integer.parseInt(m.group(1)), p);
        }
      });
    } catch (IOException e) {
      throw new InputException(dir.toString(), "cannot list: " + e.getMessage());
    }
    return result;
  }

  private static CpuSet online(Path cpuDir, Map<Integer, Path> cpus) {
    Path onlineFile = cpuDir.resolve("online");
    CpuSet listed = Files.exists(onlineFile) ? TextFile.cpus(onlineFile) : null;
    java.util.BitSet bits = new java.util.BitSet();
    for (Map.Entry<Integer, Path> e : cpus.entrySet()) {
      Path flag = e.getValue().resolve("online");
      boolean on;
      if (Files.exists(flag)) {
        String v = TextFile.value(flag);
        if (!v.equals("0") && !v.equals("1")) {
          throw new InputException(flag.toString(), 1, 1, "found '" + v + "', expected 0 or 1");
        }
        on = v.equals("1");
        if (listed != null && on != listed.contains(e.getKey())) {
          throw new InputException(flag.toString(), 1, 1, "says " + v + " but " + onlineFile
              + " is '" + listed + "': the two must agree");
        }
      } else {
        on = listed != null ? listed.contains(e.getKey()) : Files.isDirectory(e.getValue().resolve("topology"));
      }
      if (on) {
        bits.set(e.getKey());
      }
    }
    CpuSet result = CpuSet.fromBitSet(bits);
    if (listed != null && !result.equals(listed)) {
      throw new InputException(onlineFile.toString(), 1, 1, "lists CPUs " + listed.minus(result)
          + " that have no cpuN directory: expected one per online CPU");
    }
    if (result.isEmpty()) {
      throw new InputException(cpuDir.toString(), "no online CPU: expected a non-empty 'online' file");
    }
    return result;
  }

  private static CpuSet offline(Path cpuDir, Map<Integer, Path> cpus, CpuSet online) {
    CpuSet dirs = CpuSet.of(cpus.keySet().stream().mapToInt(Integer::intValue).toArray());
    CpuSet offline = dirs.minus(online);
    Path offlineFile = cpuDir.resolve("offline");
    if (Files.exists(offlineFile)) {
      CpuSet listed = TextFile.cpus(offlineFile);
      Path possibleFile = cpuDir.resolve("possible");
      int nrCpuIds = Files.exists(possibleFile)
          ? TextFile.cpus(possibleFile).last() + 1 : dirs.union(online).last() + 1;
      listed = listed.intersect(CpuSet.range(0, nrCpuIds - 1));
      if (listed.intersects(online)) {
        throw new InputException(offlineFile.toString(), 1, 1, "lists CPUs " + listed.intersect(online)
            + " that are online: expected 'online' and 'offline' to be disjoint");
      }
      offline = offline.union(listed);
    }
    return offline;
  }
}
