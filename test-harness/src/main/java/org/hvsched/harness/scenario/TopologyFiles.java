package org.hvsched.harness.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.hvsched.harness.yaml.Location;
import org.hvsched.topology.Topology;
import org.hvsched.topology.importers.SourceKind;
import org.hvsched.topology.importers.TopologySource;

/**
 * Reads a topology file named by a scenario ({@code topology: {file: PATH, kind: K}}) through the
 * topology module's importers; their errors name the topology file itself.
 */
final class TopologyFiles {
  private TopologyFiles() {}

  static Topology read(Path path, Optional<String> kind, Location kindAt, Location fileAt) {
    Optional<SourceKind> k;
    try {
      k = kind.filter(s -> !s.equals("auto")).map(SourceKind::parse);
    } catch (IllegalArgumentException e) {
      throw kindAt.error("topology.kind: " + e.getMessage());
    }
    if (!Files.exists(path)) {
      throw fileAt.error("topology.file: found '" + path + "', which does not exist, expected a"
          + " topology file or sysfs directory (relative to the scenario's directory)");
    }
    return TopologySource.read(path, k);
  }
}
