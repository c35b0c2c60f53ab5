package org.hvsched.xen.credit2.config;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.hvsched.topology.InputException;

/**
 * The scheduling-relevant part of a Xen {@code xl.cfg} domain file, read as {@code xl create}
 * reads it ({@code libxlu_cfg_*}, {@code xl_parse.c}, {@code libxl_sched.c}, Xen 4.22.0).
 *
 * <p>Rules carried over: {@code vcpus} below 1 means 1; {@code maxvcpus} (0 or absent:
 * {@code vcpus}) may not be smaller; numbers may be quoted and read as {@code strtol} base 0
 * (decimal, {@code 0x} hex, {@code 0} octal); {@code cpu_weight} must be in 1..65535 and
 * {@code cap} in 0..100 x maxvcpus ({@code libxl} rejects others); {@code type} matches a prefix
 * of {@code hvm}, {@code pv}, {@code pvh} in that order (so {@code type="p"} is pv) and the
 * deprecated {@code builder} must not contradict it; {@code cpus}/{@code cpus_soft} are a CPULIST
 * for every vCPU or a list with one CPULIST per vCPU (entries past maxvcpus ignored). Keys xl
 * does not read are errors here (xl ignores them silently); keys xl reads but that do not affect
 * CPU scheduling are listed in {@link #notes}.
 *
 * @param file the file (for messages)
 * @param name domain name
 * @param vcpus vCPUs online at start
 * @param maxVcpus vCPUs that exist
 * @param cpus hard affinity for every vCPU, CPULIST text ({@code all}, {@code node:N}, {@code ^})
 * @param cpusPerVcpu hard affinity per vCPU (list form), index = vCPU
 * @param cpusSoft soft affinity for every vCPU
 * @param cpusSoftPerVcpu soft affinity per vCPU (list form)
 * @param cpuWeight credit/credit2 weight, if given
 * @param cap cap in percent of one CPU, if given
 * @param pool cpupool name, if given
 * @param type {@code pv}, {@code pvh} or {@code hvm}
 * @param notes what was read but has no effect in hvsched, one line each
 */
public record XlConfig(String file, String name, int vcpus, int maxVcpus, Optional<String> cpus,
    List<String> cpusPerVcpu, Optional<String> cpusSoft, List<String> cpusSoftPerVcpu,
    OptionalInt cpuWeight, OptionalInt cap, Optional<String> pool, String type,
    List<String> notes) {

  private static final Pattern CPULIST_ITEM =
      Pattern.compile("\\^?(nodes?:)?(all|\\d+(-\\d+)?)");

  public XlConfig {
    requireNonNull(file, "file");
    requireNonNull(name, "name");
    cpusPerVcpu = List.copyOf(cpusPerVcpu);
    cpusSoftPerVcpu = List.copyOf(cpusSoftPerVcpu);
    notes = List.copyOf(notes);
  }

  /** Reads and checks {@code path}. */
  public static XlConfig parse(Path path) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(path.toString(), "cannot read: " + e.getMessage());
    }
    return parse(text, path.toString());
  }

  /** Reads and checks {@code text}, naming {@code file} in messages. */
  public static XlConfig parse(String text, String file) {
    Map<String, XlParser.Setting> s = new XlParser(file, text).parse();
    XlReader r = new XlReader(file, s);
    List<String> notes = new ArrayList<>();
    for (XlParser.Setting set : s.values()) {
      if (!XlKeys.KNOWN.contains(set.key())) {
        throw new InputException(file, set.line(), set.column(), "unknown key '" + set.key()
            + "': xl does not read it (expected a key of xl.cfg(5), e.g. vcpus, cpus,"
            + " cpu_weight, cap, pool)");
      }
      if (!XlKeys.USED.contains(set.key())) {
        notes.add(String.format("%s:%d: %s: no effect on CPU scheduling, ignored", file,
            set.line(), set.key()));
      }
    }
    String name = r.string("name").orElseThrow(() -> new InputException(file,
        "Domain name must be specified (name = \"...\")"));
    int vcpus = (int) Math.max(1, r.number("vcpus", Long.MIN_VALUE, Integer.MAX_VALUE)
        .orElse(1L));
    long max = r.number("maxvcpus", Long.MIN_VALUE, Integer.MAX_VALUE).orElse(0L);
    int maxVcpus = max == 0 ? vcpus : (int) Math.max(max, Integer.MIN_VALUE);
    if (maxVcpus < vcpus) {
      r.fail("maxvcpus", "maxvcpus < vcpus (" + maxVcpus + " < " + vcpus + ")");
    }
    OptionalInt weight = r.intNumber("cpu_weight", 1, 65_535,
        "Cpu weight out of range, valid values are within range from 1 to 65535");
    OptionalInt cap = r.intNumber("cap", 0, 100L * maxVcpus, "Cpu cap out of range, valid range"
        + " is from 0 to " + 100L * maxVcpus + " for specified number of vcpus");
    Affinity hard = affinity(r, "cpus", maxVcpus);
    Affinity soft = affinity(r, "cpus_soft", maxVcpus);
    if (!s.containsKey("cpus") && !s.containsKey("cpus_soft")) {
      notes.add(file + ": neither cpus nor cpus_soft: libxl's automatic NUMA placement would"
          + " choose a soft affinity on the real host; hvsched uses none");
    }
    if (maxVcpus > vcpus) {
      notes.add(String.format("%s: maxvcpus %d > vcpus %d: vCPUs %d-%d start offline and are"
          + " not simulated", file, maxVcpus, vcpus, vcpus, maxVcpus - 1));
    }
    return new XlConfig(file, name, vcpus, maxVcpus, hard.all, hard.perVcpu, soft.all,
        soft.perVcpu, weight, cap, r.string("pool"), type(r), notes);
  }

  private record Affinity(Optional<String> all, List<String> perVcpu) {}

  private static Affinity affinity(XlReader r, String key, int maxVcpus) {
    Optional<XlValue> v = r.raw(key);
    if (v.isEmpty()) {
      return new Affinity(Optional.empty(), List.of());
    }
    if (v.get() instanceof XlValue.Atom a) {
      return new Affinity(Optional.of(cpulist(r, key, a)), List.of());
    }
    List<String> per = new ArrayList<>();
    for (XlValue item : ((XlValue.XlList) v.get()).items()) {
      if (per.size() == maxVcpus) {
        break;
      }
      if (!(item instanceof XlValue.Atom a)) {
        throw r.error(item, key + ": expected a CPULIST string per vCPU, found a nested list");
      }
      per.add(cpulist(r, key, a));
    }
    return new Affinity(Optional.empty(), per);
  }

  /** Checks the xl CPULIST syntax (the CPUs are resolved against the host later). */
  private static String cpulist(XlReader r, String key, XlValue.Atom a) {
    String text = a.text();
    for (String item : text.split(",", -1)) {
      if (item.isEmpty()) {
        continue;
      }
      if (!CPULIST_ITEM.matcher(item).matches() || item.equals("^all")
          || item.startsWith("^node") && item.endsWith(":all")) {
        throw r.error(a, key + ": invalid CPU range '" + item + "' in \"" + text
            + "\" (expected N, N-M, all, node:N or nodes:N-M, each optionally after ^;"
            + " ^all is rejected)");
      }
      String[] range = item.replaceAll("^\\^?(nodes?:)?", "").split("-");
      if (range.length == 2 && Long.parseLong(range[0]) > Long.parseLong(range[1])) {
        throw r.error(a, key + ": invalid CPU range '" + item + "' (start after end)");
      }
    }
    return text;
  }

  /** {@code type}, then the deprecated {@code builder}, as {@code parse_config_data} does. */
  private static String type(XlReader r) {
    String type = null;
    Optional<String> t = r.string("type");
    if (t.isPresent()) {
      type = prefixOf(t.get(), List.of("hvm", "pv", "pvh"));
      if (type == null) {
        r.fail("type", "Invalid domain type " + t.get() + " (expected pv, pvh or hvm)");
      }
    }
    Optional<String> b = r.string("builder");
    if (b.isPresent()) {
      String builder = prefixOf(b.get(), List.of("hvm", "generic"));
      if (builder == null) {
        r.fail("builder", "Invalid domain type " + b.get() + " (expected hvm or generic)");
      }
      String asType = builder.equals("generic") ? "pv" : "hvm";
      if (type != null && !type.equals(asType)) {
        r.fail("builder", "Contradicting \"builder\" and \"type\" options specified.");
      }
      type = asType;
    }
    return type == null ? "pv" : type;
  }

  /** xl's {@code strncmp(buf, candidate, strlen(buf))}: the first candidate {@code v} starts. */
  private static String prefixOf(String v, List<String> candidates) {
    for (String c : candidates) {
      if (c.startsWith(v)) {
        return c;
      }
    }
    return null;
  }
}
