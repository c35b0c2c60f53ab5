package org.hvsched.harness.scenario;

import java.nio.file.Path;
import java.util.Optional;
import org.hvsched.harness.yaml.Location;
import org.hvsched.topology.Topology;

/** Reads a topology file named by a scenario through the topology module's importers. */
final class TopologyFiles {
  private TopologyFiles() {}

  static Topology read(Path path, Optional<String> kind, String kindPath, Location at) {
    throw at.error("topology: reading topology files needs the topology module's importers,"
        + " which this build does not have yet; expected a spec such as 1x4x2");
  }
}
