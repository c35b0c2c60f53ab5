package org.hvsched.harness.scenario;

import java.util.Optional;
import org.hvsched.core.HostCosts;
import org.hvsched.core.random.Distribution;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.harness.yaml.Values;
import org.hvsched.harness.yaml.YamlNode;

/** Reads {@code host:}: the engine's modelled costs, defaults from {@link HostCosts#defaults()}. */
final class HostParser {
  private HostParser() {}

  static HostCosts parse(Optional<YamlNode> node) {
    HostCosts d = HostCosts.defaults();
    if (node.isEmpty()) {
      return d;
    }
    MapReader r = MapReader.of(node.get(), "host");
    long cs = r.get("contextSwitch").map(n -> Values.durationNs(n, r.path("contextSwitch")))
        .orElse(d.contextSwitchNs());
    long ipi = r.get("ipiLatency").map(n -> Values.durationNs(n, r.path("ipiLatency")))
        .orElse(d.ipiLatencyNs());
    long rdv = r.get("rendezvous").map(n -> Values.durationNs(n, r.path("rendezvous")))
        .orElse(d.rendezvousNs());
    double rate = r.get("interruptRate").map(n -> Values.ratePerSec(n, r.path("interruptRate")))
        .orElse(d.interruptRatePerSec());
    Distribution cost = r.get("interruptCost")
        .map(n -> Values.distribution(n, r.path("interruptCost"))).orElse(d.interruptCost());
    r.finish();
    return new HostCosts(cs, ipi, rdv, rate, cost);
  }
}
