package org.hvsched.topology.importers;

import java.util.Locale;

/** The kinds of topology source {@code hvsched topology --kind} accepts. */
public enum SourceKind {
  /** A synthetic spec such as {@code 2x16x2,nodes=2}. */
  SYNTHETIC,
  /** A copied {@code /sys/devices/system/cpu} tree (or a directory above it). */
  SYSFS,
  /** {@code lscpu -p} or {@code lscpu -p=CPU,CORE,SOCKET,NODE,...} output. */
  LSCPU,
  /** hwloc v2 XML as {@code lstopo --of xml} writes it. */
  HWLOC,
  /** Xen {@code xl info -n} output. */
  XL;

  /** The lowercase word used on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind named {@code text} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the text and the accepted words
   */
  public static SourceKind parse(String text) {
    for (SourceKind k : values()) {
      if (k.id().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown topology kind '" + text
        + "': expected synthetic, sysfs, lscpu, hwloc or xl");
  }
}
