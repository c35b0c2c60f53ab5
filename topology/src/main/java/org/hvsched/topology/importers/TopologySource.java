package org.hvsched.topology.importers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.hvsched.topology.InputException;
import org.hvsched.topology.SyntheticSpec;
import org.hvsched.topology.Topology;

/**
 * Reads a host from any of the five sources of spec.md section 2: a synthetic spec, a sysfs copy,
 * {@code lscpu -p} output, hwloc XML or {@code xl info -n} output. Without a kind, a directory is
 * a sysfs copy, a text that is no existing file but has the shape {@code SxCxT...} is a spec, and
 * a file's kind is detected from its content.
 */
public final class TopologySource {
  private TopologySource() {}

  /**
   * Reads {@code source} (a spec or a path).
   *
   * @throws InputException for anything malformed, naming the file and position
   */
  public static Topology read(String source, Optional<SourceKind> kind) {
    Path path = Path.of(source);
    boolean exists = Files.exists(path);
    if (kind.map(k -> k == SourceKind.SYNTHETIC).orElse(false)
        || (kind.isEmpty() && !exists && SyntheticSpec.looksLikeSpec(source))) {
      try {
        return SyntheticSpec.parse(source);
      } catch (IllegalArgumentException e) {
        throw new InputException("", 0, 0, e.getMessage(), e);
      }
    }
    if (!exists) {
      throw new InputException(source, "no such file or directory, and not a topology spec:"
          + " expected a path or a spec such as 2x16x2,nodes=2");
    }
    return read(path, kind);
  }

  /** Reads the file or directory at {@code path}. */
  public static Topology read(Path path, Optional<SourceKind> kind) {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      if (kind.isPresent() && kind.get() != SourceKind.SYSFS) {
        throw new InputException(name, "is a directory but --kind is " + kind.get().id()
            + ": expected a file, or --kind sysfs");
      }
      return SysfsImporter.read(path);
    }
    String text = TextFile.read(path);
    SourceKind k = kind.orElseGet(() -> detect(name, text));
    switch (k) {
      case LSCPU:
        return LscpuImporter.parse(name, text);
      case HWLOC:
        return HwlocXmlImporter.parse(name, text);
      case XL:
        return XlInfoImporter.parse(name, text);
      case SYSFS:
        throw new InputException(name, "is a file but --kind is sysfs: expected a directory"
            + " (a copy of /sys/devices/system/cpu or one above it)");
      default:
        try {
          return SyntheticSpec.parse(text.strip());
        } catch (IllegalArgumentException e) {
          throw new InputException(name, 1, 1, e.getMessage(), e);
        }
    }
  }

  /** The kind of a file's content. */
  public static SourceKind detect(String name, String text) {
    if (HwlocXmlImporter.looksLikeHwloc(text)) {
      return SourceKind.HWLOC;
    }
    if (XlInfoImporter.looksLikeXlInfo(text)) {
      return SourceKind.XL;
    }
    if (LscpuImporter.looksLikeLscpu(text)) {
      return SourceKind.LSCPU;
    }
    if (SyntheticSpec.looksLikeSpec(text.strip())) {
      return SourceKind.SYNTHETIC;
    }
    throw new InputException(name, "cannot tell what this file is: expected hwloc XML, lscpu -p"
        + " output, xl info -n output or a topology spec (or give --kind)");
  }
}
