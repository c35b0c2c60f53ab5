package org.hvsched.harness.scenario;

import java.nio.file.Path;
import java.util.Optional;
import org.hvsched.harness.yaml.Location;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.harness.yaml.Values;
import org.hvsched.harness.yaml.YamlNode;
import org.hvsched.topology.SyntheticSpec;
import org.hvsched.topology.Topology;

/**
 * Reads {@code topology:}: a synthetic spec string, {@code {spec: S, numbering: linux|xen}} or
 * {@code {file: PATH, kind: K}} (a path relative to the scenario's directory, read by the topology
 * module's importers).
 */
final class TopologyReader {
  private TopologyReader() {}

  /** The source and the host it describes. */
  record Read(HostSource source, Topology topology) {}

  static Read read(YamlNode node, Path baseDir) {
    if (node instanceof YamlNode.Scalar) {
      String spec = Values.text(node, "topology", "a topology spec such as 1x4x2");
      return new Read(new HostSource.Synthetic(spec), synthetic(spec, node.location()));
    }
    MapReader r = MapReader.of(node, "topology");
    boolean hasSpec = r.has("spec");
    boolean hasFile = r.has("file");
    if (hasSpec == hasFile) {
      throw r.location().error("topology: found " + (hasSpec ? "both spec and file" : "neither"
          + " spec nor file") + ", expected {spec: SxCxT} or {file: PATH}");
    }
    if (hasSpec) {
      YamlNode specNode = r.require("spec", "a topology spec");
      String spec = Values.text(specNode, r.path("spec"), "a topology spec such as 1x4x2");
      Optional<YamlNode> numbering = r.get("numbering");
      r.finish();
      if (numbering.isPresent()) {
        String n = Values.text(numbering.get(), r.path("numbering"), "linux or xen");
        if (!n.equals("linux") && !n.equals("xen")) {
          throw Values.error(numbering.get(), r.path("numbering"), "linux or xen");
        }
        spec = spec + ",numbering=" + n;
      }
      return new Read(new HostSource.Synthetic(spec), synthetic(spec, specNode.location()));
    }
    YamlNode fileNode = r.require("file", "a path");
    String file = Values.text(fileNode, r.path("file"), "a path to a topology file");
    Optional<String> kind = r.get("kind").map(k -> Values.text(k, r.path("kind"),
        "sysfs, lscpu, hwloc or xl"));
    r.finish();
    HostSource.FromFile source = new HostSource.FromFile(file, kind);
    return new Read(source, TopologyFiles.read(baseDir.resolve(file), kind,
        r.get("kind").map(YamlNode::location).orElse(fileNode.location()), fileNode.location()));
  }

  private static Topology synthetic(String spec, Location at) {
    try {
      return SyntheticSpec.parse(spec);
    } catch (IllegalArgumentException e) {
      throw at.error("topology: " + e.getMessage());
    }
  }
}
