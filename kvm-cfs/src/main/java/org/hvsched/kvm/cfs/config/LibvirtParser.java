package org.hvsched.kvm.cfs.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.hvsched.kvm.cfs.config.LibvirtDomain.GuestTopology;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InputException;

/** Reads one libvirt domain XML into a {@link LibvirtDomain}; see its Javadoc. */
final class LibvirtParser {
  /** Top-level elements with no CPU scheduling effect: read past, listed in one note. */
  private static final Set<String> NO_EFFECT = Set.of("uuid", "genid", "title", "description",
      "metadata", "maxMemory", "memory", "currentMemory", "memoryBacking", "blkiotune",
      "memtune", "resource", "sysinfo", "bootloader", "bootloader_args", "os", "idmap",
      "features", "clock", "on_poweroff", "on_reboot", "on_crash", "on_lockfailure", "pm",
      "perf", "devices", "seclabel", "keywrap", "launchSecurity", "throttlegroups");
  /** Elements that matter to scheduling but that hvsched does not model: noted with location. */
  private static final Set<String> UNMODELLED = Set.of("numatune", "vcpus", "cachetune",
      "memorytune", "vcpusched", "iothreadsched", "emulatorsched", "emulator_period",
      "emulator_quota", "iothread_period", "iothread_quota");

  private final Path file;
  private final List<String> notes = new ArrayList<>();
  private final List<String> ignored = new ArrayList<>();
  private XmlCursor x;
  private String name;
  private int maxVcpus = -1;
  private int currentVcpus = -1;
  private String cpuset;
  private String placement = "static";
  private OptionalLong shares = OptionalLong.empty();
  private OptionalLong period = OptionalLong.empty();
  private OptionalLong quota = OptionalLong.empty();
  private OptionalLong globalPeriod = OptionalLong.empty();
  private OptionalLong globalQuota = OptionalLong.empty();
  private final TreeMap<Integer, String> vcpuPins = new TreeMap<>();
  private final TreeMap<Integer, String> iothreadPins = new TreeMap<>();
  private String emulatorPin;
  private int iothreads;
  private GuestTopology topology;
  private String topologyWhere;

  LibvirtParser(Path file) {
    this.file = file;
  }

  LibvirtDomain parse() {
    try (InputStream in = Files.newInputStream(file)) {
      x = new XmlCursor(file.toString(), in);
      String root = x.root();
      if (!root.equals("domain")) {
        throw x.error("<" + root + ">, expected a libvirt <domain>");
      }
      x.checkAttributes(Set.of("type", "id"));
      domain();
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read the file: " + e.getMessage());
    }
    return finish();
  }

  private void domain() {
    for (String el = x.nextChild(); el != null; el = x.nextChild()) {
      switch (el) {
        case "name" -> name = nonEmpty(x.text(), "name");
        case "vcpu" -> vcpu();
        case "cputune" -> cputune();
        case "cpu" -> cpu();
        case "iothreads" -> iothreads = (int) number(x.text(), "iothreads", 0, 1 << 20);
        case "iothreadids" -> iothreadIds();
        default -> other(el, "domain");
      }
    }
  }

  private void other(String el, String parent) {
    if (UNMODELLED.contains(el)) {
      notes.add(x.where() + ": <" + el + "> is not modelled by hvsched");
      x.skip();
    } else if (parent.equals("domain") && (NO_EFFECT.contains(el) || el.contains(":"))) {
      ignored.add("<" + el + "> " + x.where());
      x.skip();
    } else {
      throw x.error("unknown element <" + el + "> in <" + parent + ">");
    }
  }

  private void vcpu() {
    x.checkAttributes(Set.of("placement", "cpuset", "current"));
    String where = x.where();
    String p = x.attr("placement", Set.of("placement", "cpuset", "current"));
    String set = x.attr("cpuset", Set.of("placement", "cpuset", "current"));
    String cur = x.attr("current", Set.of("placement", "cpuset", "current"));
    if (p != null && !p.equals("static") && !p.equals("auto")) {
      throw x.error("placement='" + p + "', expected static or auto");
    }
    if (set != null) {
      cpuset = cpuSet(set, "vcpu cpuset");
    }
    maxVcpus = (int) number(x.text(), "vcpu", 1, 16384);
    currentVcpus = cur == null ? maxVcpus : (int) number(cur, "vcpu current", 1, maxVcpus);
    if ("auto".equals(p)) {
      placement = "auto";
      notes.add(where + ": placement='auto' asks numad for a nodeset; hvsched uses the cpuset"
          + " or all CPUs");
    }
  }

  private void cputune() {
    x.checkAttributes(Set.of());
    for (String el = x.nextChild(); el != null; el = x.nextChild()) {
      switch (el) {
        case "shares" -> shares = OptionalLong.of(number(x.text(), "shares", 1, 262_144));
        case "period" -> period = OptionalLong.of(number(x.text(), "period", 1000, 1_000_000));
        case "quota" -> quota = quota(x.text(), "quota");
        case "global_period" ->
            globalPeriod = OptionalLong.of(number(x.text(), "global_period", 1000, 1_000_000));
        case "global_quota" -> globalQuota = quota(x.text(), "global_quota");
        case "vcpupin" -> pin(vcpuPins, "vcpu");
        case "iothreadpin" -> pin(iothreadPins, "iothread");
        case "emulatorpin" -> {
          emulatorPin = cpuSet(required(x.attr("cpuset", Set.of("cpuset")), "cpuset"),
              "emulatorpin cpuset");
          x.skip();
        }
        default -> other(el, "cputune");
      }
    }
  }

  private void pin(TreeMap<Integer, String> pins, String idAttr) {
    Set<String> allowed = Set.of(idAttr, "cpuset");
    int id = (int) number(required(x.attr(idAttr, allowed), idAttr), idAttr, 0, 1 << 20);
    String set = cpuSet(required(x.attr("cpuset", allowed), "cpuset"), idAttr + "pin cpuset");
    if (pins.put(id, set) != null) {
      throw x.error("a second <" + idAttr + "pin " + idAttr + "='" + id + "'>");
    }
    x.skip();
  }

  private void cpu() {
    x.checkAttributes(Set.of("mode", "match", "check", "migratable", "deprecated_features"));
    for (String el = x.nextChild(); el != null; el = x.nextChild()) {
      if (el.equals("topology")) {
        topologyWhere = x.where();
        Set<String> a = Set.of("sockets", "dies", "clusters", "cores", "threads");
        topology = new GuestTopology(count(x.attr("sockets", a), "sockets", true),
            count(x.attr("dies", a), "dies", false), count(x.attr("clusters", a), "clusters",
            false), count(x.attr("cores", a), "cores", true),
            count(x.attr("threads", a), "threads", true));
        x.skip();
      } else if (Set.of("model", "vendor", "feature", "cache", "maxphysaddr").contains(el)) {
        x.skip();
      } else if (el.equals("numa")) {
        notes.add(x.where() + ": <cpu><numa> guest NUMA cells are not modelled");
        x.skip();
      } else {
        throw x.error("unknown element <" + el + "> in <cpu>");
      }
    }
  }

  private void iothreadIds() {
    int n = 0;
    for (String el = x.nextChild(); el != null; el = x.nextChild()) {
      if (!el.equals("iothread")) {
        throw x.error("unknown element <" + el + "> in <iothreadids>, expected <iothread>");
      }
      n++;
      x.skip();
    }
    iothreads = Math.max(iothreads, n);
  }

  private LibvirtDomain finish() {
    if (name == null) {
      throw new InputException(file.toString(), "no <name> in <domain>; it is required");
    }
    if (maxVcpus < 0) {
      throw new InputException(file.toString(), "no <vcpu> in <domain>; it is required");
    }
    for (int v : vcpuPins.keySet()) {
      if (v >= maxVcpus) {
        throw new InputException(file.toString(), "<vcpupin vcpu='" + v + "'> names a vCPU"
            + " the domain does not have (it has " + maxVcpus + ")");
      }
    }
    for (int t : iothreadPins.keySet()) {
      if (t < 1 || t > iothreads) {
        throw new InputException(file.toString(), "<iothreadpin iothread='" + t + "'> names an"
            + " I/O thread the domain does not have (it has " + iothreads + ")");
      }
    }
    if (topology != null && topology.vcpus() != maxVcpus) {
      String[] at = topologyWhere.split(":");
      throw new InputException(file.toString(), Integer.parseInt(at[0]),
          Integer.parseInt(at[1]), "<topology> describes " + topology.vcpus()
          + " vCPUs but <vcpu> is " + maxVcpus + "; they must match");
    }
    if (!ignored.isEmpty()) {
      notes.add("no CPU scheduling effect, read past: " + String.join(", ", ignored));
    }
    return new LibvirtDomain(file, name, maxVcpus, currentVcpus, Optional.ofNullable(cpuset),
        placement, shares, period, quota, globalPeriod, globalQuota, vcpuPins,
        Optional.ofNullable(emulatorPin), iothreads, iothreadPins, Optional.ofNullable(topology),
        notes);
  }

  private int count(String v, String what, boolean required) {
    if (v == null) {
      if (required) {
        throw x.error("<topology> without " + what + "=, it is required");
      }
      return 1;
    }
    return (int) number(v, "topology " + what, 1, 4096);
  }

  private OptionalLong quota(String text, String what) {
    long q = parseLong(text, what);
    if (q == 0) {
      return OptionalLong.empty();
    }
    if (q > 0 && (q < 1000 || q > 17_592_186_044_415L)) {
      throw x.error(what + " " + q + ", expected 1000..17592186044415 us, 0 or negative");
    }
    return OptionalLong.of(q);
  }

  private long number(String text, String what, long min, long max) {
    long v = parseLong(text, what);
    if (v < min || v > max) {
      throw x.error(what + " " + v + " is out of range, expected " + min + ".." + max);
    }
    return v;
  }

  private long parseLong(String text, String what) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw x.error(what + " '" + text + "' is not a whole number");
    }
  }

  private String cpuSet(String text, String what) {
    try {
      CpuSet s = CpuSet.parse(text);
      if (s.isEmpty()) {
        throw x.error(what + " '" + text + "' is empty, expected CPUs like 0-3,^2");
      }
      return s.toString();
    } catch (IllegalArgumentException e) {
      throw x.error(what + " '" + text + "': " + e.getMessage());
    }
  }

  private String required(String v, String attr) {
    if (v == null) {
      throw x.error("missing attribute " + attr);
    }
    return v;
  }

  private String nonEmpty(String v, String what) {
    if (v.isEmpty()) {
      throw x.error("empty <" + what + ">");
    }
    return v;
  }
}
