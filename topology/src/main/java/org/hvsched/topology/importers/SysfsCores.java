package org.hvsched.topology.importers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InputException;

/** Groups sysfs CPUs into cores by their sibling lists, checking that the lists agree. */
final class SysfsCores {
  /** One core: its package and die ids and all its threads (offline ones included). */
  record Group(int packageId, int dieId, CpuSet threads) {}

  private final Map<Integer, Path> cpus;
  private final CpuSet online;
  private final CpuSet offline;

  SysfsCores(Map<Integer, Path> cpus, CpuSet online, CpuSet offline) {
    this.cpus = cpus;
    this.online = online;
    this.offline = offline;
  }

  List<Group> group() {
    Map<CpuSet, Group> byThreads = new LinkedHashMap<>();
    Map<Integer, Path> siblingFileOf = new LinkedHashMap<>();
    for (int cpu : online.toArray()) {
      Path topo = cpus.get(cpu).resolve("topology");
      if (!Files.isDirectory(topo)) {
        throw new InputException(topo.toString(), "missing for online CPU " + cpu
            + ": expected core_cpus_list or thread_siblings_list and physical_package_id");
      }
      Path file = siblingFile(topo, cpu);
      CpuSet siblings = siblings(topo, file, cpu).intersect(online);
      int pkg = TextFile.intValue(required(topo.resolve("physical_package_id"), cpu));
      int die = Files.exists(topo.resolve("die_id")) ? TextFile.intValue(topo.resolve("die_id")) : -1;
      int first = siblings.first();
      if (first < cpu) {
        Group earlier = byThreads.get(siblings);
        if (earlier == null) {
          throw new InputException(file.toString(), 1, 1, "CPU " + cpu + " lists siblings '" + siblings
              + "' but CPU " + first + " lists others in " + siblingFileOf.get(first)
              + ": expected every sibling to list the same CPUs");
        }
        if (earlier.packageId() != pkg || earlier.dieId() != die) {
          throw new InputException(topo.resolve("physical_package_id").toString(), 1, 1,
              "CPU " + cpu + " is in package " + pkg + " die " + die + " but its sibling CPU " + first
              + " is in package " + earlier.packageId() + " die " + earlier.dieId()
              + ": expected the threads of a core in one package");
        }
      } else {
        for (Group g : byThreads.values()) {
          if (g.threads().intersects(siblings)) {
            throw new InputException(file.toString(), 1, 1, "CPU " + cpu + " lists siblings '" + siblings
                + "' overlapping the core '" + g.threads() + "': expected disjoint cores");
          }
        }
        byThreads.put(siblings, new Group(pkg, die, siblings));
      }
      siblingFileOf.put(cpu, file);
    }
    return attachOffline(new ArrayList<>(byThreads.values()));
  }

  /** Offline CPUs whose (possibly stale) topology names an online sibling join that core. */
  private List<Group> attachOffline(List<Group> groups) {
    for (int cpu : offline.toArray()) {
      Path dir = cpus.get(cpu);
      Path topo = dir == null ? null : dir.resolve("topology");
      if (topo == null || !Files.isDirectory(topo)) {
        continue;
      }
      Path file = siblingFileOrNull(topo);
      if (file == null) {
        continue;
      }
      CpuSet onlineSiblings = readLenient(file).intersect(online);
      for (int i = 0; i < groups.size(); i++) {
        Group g = groups.get(i);
        if (!onlineSiblings.isEmpty() && g.threads().containsAll(onlineSiblings)) {
          groups.set(i, new Group(g.packageId(), g.dieId(), g.threads().union(CpuSet.of(cpu))));
        }
      }
    }
    return groups;
  }

  private static CpuSet siblings(Path topo, Path file, int cpu) {
    CpuSet siblings = file.getFileName().toString().endsWith("_list")
        ? TextFile.cpus(file) : TextFile.mask(file);
    if (!siblings.contains(cpu)) {
      throw new InputException(file.toString(), 1, 1, "CPU " + cpu + "'s sibling list '" + siblings
          + "' does not contain CPU " + cpu + ": expected a core's threads, itself included");
    }
    for (String other : new String[] {"thread_siblings_list", "core_cpus", "thread_siblings"}) {
      Path o = topo.resolve(other);
      if (!o.equals(file) && Files.exists(o)) {
        CpuSet alt = other.endsWith("_list") ? TextFile.cpus(o) : TextFile.mask(o);
        if (!alt.equals(siblings)) {
          throw new InputException(o.toString(), 1, 1, "lists '" + alt + "' but " + file.getFileName()
              + " lists '" + siblings + "': expected the sibling files of one CPU to agree");
        }
      }
    }
    return siblings;
  }

  private static Path siblingFile(Path topo, int cpu) {
    Path file = siblingFileOrNull(topo);
    if (file == null) {
      throw new InputException(topo.toString(), "CPU " + cpu + " has no core_cpus_list,"
          + " thread_siblings_list, core_cpus or thread_siblings: expected one of them");
    }
    return file;
  }

  private static Path siblingFileOrNull(Path topo) {
    for (String name : new String[] {"core_cpus_list", "thread_siblings_list", "core_cpus",
        "thread_siblings"}) {
      if (Files.exists(topo.resolve(name))) {
        return topo.resolve(name);
      }
    }
    return null;
  }

  private static CpuSet readLenient(Path file) {
    try {
      return file.getFileName().toString().endsWith("_list") ? TextFile.cpus(file) : TextFile.mask(file);
    } catch (InputException e) {
      return CpuSet.empty();
    }
  }

  private static Path required(Path file, int cpu) {
    if (!Files.exists(file)) {
      throw new InputException(file.toString(), "missing for online CPU " + cpu
          + ": expected the CPU's package number");
    }
    return file;
  }
}
