package org.hvsched.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hvsched.topology.Topology;
import org.hvsched.topology.importers.SourceKind;
import org.hvsched.topology.importers.TopologySource;
import org.hvsched.topology.output.TopologyJson;
import org.hvsched.topology.output.TopologyText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hvsched topology SOURCE [--kind K] [--format text|json] [--smt off]} (spec.md 1, 2). */
@Command(
    name = "topology",
    mixinStandardHelpOptions = true,
    versionProvider = HvschedCommand.Version.class,
    description = {
      "Read a host and print it: sockets, cores with their threads, NUMA nodes, summary.",
      "SOURCE is a synthetic spec (2x16x2,nodes=2,numbering=xen) or a path: a copy of",
      "/sys/devices/system/cpu (or a directory above it), lscpu -p output, hwloc XML",
      "(lstopo --of xml) or xl info -n output."
    })
final class TopologyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SOURCE", description = "Synthetic spec or path.")
  String source;

  @Option(names = "--kind", paramLabel = "K",
      description = "synthetic, sysfs, lscpu, hwloc or xl (default: detected from content).")
  String kind;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--smt", paramLabel = "off",
      description = "off: only the first thread of every core online (default: as the source says).")
  String smt;

  @Override
  public Integer call() {
    Optional<SourceKind> k = kind == null ? Optional.empty() : Optional.of(parseKind());
    boolean json = switch (format.toLowerCase(Locale.ROOT)) {
      case "text" -> false;
      case "json" -> true;
      default -> throw usage("--format '" + format + "': expected text or json");
    };
    boolean smtOff = smt != null && parseSmtOff();
    Topology topo = TopologySource.read(source, k);
    if (smtOff) {
      topo = topo.smtOff();
    }
    spec.commandLine().getOut().print(json ? TopologyJson.render(topo) : TopologyText.render(topo));
    spec.commandLine().getOut().flush();
    return ErrorHandler.OK;
  }

  private SourceKind parseKind() {
    try {
      return SourceKind.parse(kind);
    } catch (IllegalArgumentException e) {
      throw usage("--kind: " + e.getMessage());
    }
  }

  private boolean parseSmtOff() {
    switch (smt.toLowerCase(Locale.ROOT)) {
      case "off":
        return true;
      case "on":
        return false;
      default:
        throw usage("--smt '" + smt + "': expected off (or on, the default)");
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
