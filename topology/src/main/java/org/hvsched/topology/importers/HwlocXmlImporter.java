package org.hvsched.topology.importers;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InputException;
import org.hvsched.topology.Topology;

/**
 * Reads hwloc v2 XML as {@code lstopo --of xml} writes it (formats.md 1.4); v3 ({@code
 * version="3.0"}) is accepted, hwloc 1.x XML (no version) is rejected. The DTD named by the
 * DOCTYPE is never loaded and external entities are refused.
 *
 * <p>A {@code PU} is a CPU ({@code os_index}); its threads are grouped by their {@code Core}
 * parent (a PU outside any Core is a core of its own); its socket is the enclosing {@code
 * Package} ({@code os_index}, or the package's position when absent), its die the enclosing
 * {@code Die}. A Core's {@code cpuset} must equal the union of its PUs. NUMA nodes are the {@code
 * NUMANode} objects; a PU belongs to the lowest-numbered node whose {@code cpuset} contains it,
 * so nodes that share CPUs with a lower one (HBM, CXL) become memory-only. CPUs in the root
 * {@code complete_cpuset} without a PU are offline. I/O and Misc objects are ignored.
 */
public final class HwlocXmlImporter {
  private HwlocXmlImporter() {}

  /** Whether {@code text} looks like hwloc XML. */
  public static boolean looksLikeHwloc(String text) {
    String head = text.length() > 2000 ? text.substring(0, 2000) : text;
    return head.contains("<topology") && (head.contains("<?xml") || head.contains("hwloc"));
  }

  /** Parses {@code text}; {@code file} names it in errors. */
  public static Topology parse(String file, String text) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    Walker walker = new Walker(file);
    XMLStreamReader reader = null;
    try {
      reader = factory.createXMLStreamReader(new StringReader(text));
      walker.walk(reader);
    } catch (XMLStreamException e) {
      Location loc = e.getLocation();
      String msg = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceAll("\\s+", " ");
      int idx = msg.indexOf("Message: ");
      throw new InputException(file, loc == null ? 0 : Math.max(0, loc.getLineNumber()),
          loc == null ? 0 : Math.max(0, loc.getColumnNumber()),
          "malformed or truncated XML: " + (idx >= 0 ? msg.substring(idx + 9) : msg), e);
    } finally {
      closeQuietly(reader);
    }
    return walker.build();
  }

  private static void closeQuietly(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException ignored) {
        // nothing to release for a string source
      }
    }
  }

  /** A core found in the tree: package id, die id (-1 if none) and PUs. */
  private record CoreSpec(int socket, int die, CpuSet threads) {}

  /** One open {@code object} element. */
  private static final class Frame {
    final String type;
    final int osIndex;
    final int line;
    final CpuSet cpuset;
    final BitSet pus = new BitSet();

    Frame(String type, int osIndex, int line, CpuSet cpuset) {
      this.type = type;
      this.osIndex = osIndex;
      this.line = line;
      this.cpuset = cpuset;
    }
  }

  /** Walks the element stream, collecting cores and nodes. */
  private static final class Walker {
    private final String file;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Map<Integer, Integer> puLine = new TreeMap<>();
    private final List<CoreSpec> cores = new ArrayList<>();
    private final Map<Integer, CpuSet> nodeCpus = new TreeMap<>();
    private CpuSet complete;
    private boolean sawRoot;
    private int packages;
    private final Map<Frame, Integer> packageIds = new java.util.IdentityHashMap<>();

    Walker(String file) {
      this.file = file;
    }

    void walk(XMLStreamReader r) throws XMLStreamException {
      int depth = 0;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          start(r, depth);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (r.getLocalName().equals("object")) {
            end(stack.pop());
          }
          depth--;
        }
      }
      if (!sawRoot) {
        throw new InputException(file, "no <topology> element: expected hwloc XML (lstopo --of xml)");
      }
    }

    private void start(XMLStreamReader r, int depth) {
      String name = r.getLocalName();
      int line = r.getLocation().getLineNumber();
      if (depth == 1) {
        if (!name.equals("topology")) {
          throw new InputException(file, line, 0, "root element <" + name + ">: expected <topology>");
        }
        String version = r.getAttributeValue(null, "version");
        if (version == null || !(version.startsWith("2.") || version.startsWith("3."))) {
          throw new InputException(file, line, 0, "<topology> version '" + version
              + "': expected hwloc 2.x XML (version=\"2.0\"); re-export with lstopo from hwloc 2");
        }
        sawRoot = true;
        return;
      }
      if (!name.equals("object")) {
        return;
      }
      String type = r.getAttributeValue(null, "type");
      if (type == null) {
        throw new InputException(file, line, 0, "<object> without a type attribute: expected"
            + " type=\"Machine|Package|Core|PU|NUMANode|...\"");
      }
      Frame frame = new Frame(type, osIndex(r, line, type), line, cpuset(r, line, type));
      if (stack.isEmpty() && complete == null) {
        String c = r.getAttributeValue(null, "complete_cpuset");
        complete = c == null ? frame.cpuset : bitmap(c, line, "complete_cpuset");
      }
      if (type.equals("Package")) {
        packageIds.put(frame, frame.osIndex >= 0 ? frame.osIndex : packages);
        packages++;
      }
      stack.push(frame);
      if (type.equals("PU")) {
        pu(frame);
      } else if (type.equals("NUMANode")) {
        numa(frame);
      }
    }

    private void pu(Frame pu) {
      if (pu.osIndex < 0) {
        throw new InputException(file, pu.line, 0, "PU without os_index: expected the OS CPU number");
      }
      if (pu.osIndex > CpuSet.MAX_CPU) {
        throw new InputException(file, pu.line, 0, "PU os_index " + pu.osIndex
            + " exceeds the supported maximum " + CpuSet.MAX_CPU);
      }
      Integer previous = puLine.putIfAbsent(pu.osIndex, pu.line);
      if (previous != null) {
        throw new InputException(file, pu.line, 0, "PU os_index " + pu.osIndex
            + " appears twice (first on line " + previous + "): expected each CPU once");
      }
      stack.forEach(f -> f.pus.set(pu.osIndex));
    }

    private void numa(Frame node) {
      if (node.osIndex < 0) {
        throw new InputException(file, node.line, 0, "NUMANode without os_index: expected the node number");
      }
      if (nodeCpus.put(node.osIndex, node.cpuset == null ? CpuSet.empty() : node.cpuset) != null) {
        throw new InputException(file, node.line, 0, "NUMANode os_index " + node.osIndex + " appears twice");
      }
    }

    private void end(Frame frame) {
      if (frame.type.equals("Core")) {
        CpuSet threads = CpuSet.fromBitSet(frame.pus);
        if (threads.isEmpty()) {
          return;
        }
        if (frame.cpuset != null && !frame.cpuset.equals(threads)) {
          throw new InputException(file, frame.line, 0, "Core cpuset '" + frame.cpuset
              + "' disagrees with its PUs '" + threads + "': expected the union of its PUs");
        }
        cores.add(new CoreSpec(socketOf(), dieOf(), threads));
      } else if (frame.type.equals("PU") && stack.stream().noneMatch(f -> f.type.equals("Core"))) {
        cores.add(new CoreSpec(socketOf(), dieOf(), CpuSet.of(frame.osIndex)));
      }
    }

    private int socketOf() {
      for (Frame f : stack) {
        if (f.type.equals("Package")) {
          return packageIds.get(f);
        }
      }
      return 0;
    }

    private int dieOf() {
      for (Frame f : stack) {
        if (f.type.equals("Die")) {
          return f.osIndex;
        }
      }
      return -1;
    }

    Topology build() {
      if (puLine.isEmpty()) {
        throw new InputException(file, "no <object type=\"PU\">: expected at least one processing unit");
      }
      Topology.Builder b = Topology.builder();
      cores.forEach(c -> b.core(c.socket(), c.die(), c.threads()));
      BitSet assigned = new BitSet();
      for (Map.Entry<Integer, CpuSet> e : nodeCpus.entrySet()) {
        BitSet mine = e.getValue().toBitSet();
        mine.andNot(assigned);
        assigned.or(mine);
        b.node(e.getKey(), CpuSet.fromBitSet(mine));
      }
      CpuSet pus = CpuSet.of(puLine.keySet().stream().mapToInt(Integer::intValue).toArray());
      if (complete != null) {
        b.offline(complete.minus(pus));
      }
      try {
        return b.build();
      } catch (IllegalArgumentException e) {
        throw new InputException(file, 0, 0, e.getMessage(), e);
      }
    }

    private int osIndex(XMLStreamReader r, int line, String type) {
      String v = r.getAttributeValue(null, "os_index");
      if (v == null) {
        return -1;
      }
      if (!v.matches("\\d{1,9}")) {
        throw new InputException(file, line, 0, type + " os_index '" + v + "': expected a non-negative integer");
      }
      return Integer.parseInt(v);
    }

    private CpuSet cpuset(XMLStreamReader r, int line, String type) {
      String v = r.getAttributeValue(null, "cpuset");
      return v == null ? null : bitmap(v, line, type + " cpuset");
    }

    private CpuSet bitmap(String v, int line, String what) {
      try {
        return CpuSet.parseHwlocBitmap(v);
      } catch (IllegalArgumentException e) {
        throw new InputException(file, line, 0, what + ": " + e.getMessage(), e);
      }
    }
  }
}
