package org.hvsched.harness.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hvsched.harness.yaml.Location;
import org.hvsched.harness.yaml.YamlNode;

/**
 * The synthetic axis {@code vms: N}: the scenario's {@code domains:} list cycled to N entries.
 * With N at most the number of domains, the first N are kept. Beyond, entry j is a copy of
 * domain {@code j mod k} (k domains written) named {@code NAME-R}, R = {@code j / k + 1}
 * (so {@code vm1, vm2, vm1-2, vm2-2, vm1-3}); a copy keeps every key of its original, an explicit
 * {@code trust:} included (a copy stays in a trust domain its original shares on purpose), and
 * without one is its own trust domain, as every domain is by default.
 */
final class DomainCopies {
  private DomainCopies() {}

  /**
   * The tree with {@code count} domains.
   *
   * @param names the names of the written domains in order (from the parsed scenario, so that an
   *     imported domain without {@code name:} is named as its file names it)
   * @param axisAt where the axis is written, for errors and for the copies' new keys
   */
  static YamlNode apply(YamlNode root, int count, List<String> names, Location axisAt) {
    YamlNode.Mapping top = (YamlNode.Mapping) root;
    if (!(top.entries().get("domains") instanceof YamlNode.Sequence domains)
        || domains.items().isEmpty()
        || !domains.items().stream().allMatch(d -> d instanceof YamlNode.Mapping)) {
      throw axisAt.error("axis vms: expected the scenario's domains: as a list of mappings"
          + " to copy");
    }
    int k = domains.items().size();
    List<YamlNode> out = new ArrayList<>(domains.items().subList(0, Math.min(count, k)));
    Set<String> taken = new HashSet<>(names);
    for (int j = k; j < count; j++) {
      String name = names.get(j % k) + "-" + (j / k + 1);
      if (!taken.add(name)) {
        throw axisAt.error("axis vms: copy " + (j + 1) + " of the domains would be named '"
            + name + "', which the scenario already uses; expected names that copies do not"
            + " clash with");
      }
      out.add(renamed(domains.items().get(j % k), name, axisAt));
    }
    Map<String, YamlNode> entries = new LinkedHashMap<>(top.entries());
    entries.put("domains", new YamlNode.Sequence(out, domains.location()));
    return new YamlNode.Mapping(entries, top.keyLocations(), top.location());
  }

  private static YamlNode renamed(YamlNode domain, String name, Location axisAt) {
    YamlNode.Mapping m = (YamlNode.Mapping) domain;
    Map<String, YamlNode> entries = new LinkedHashMap<>(m.entries());
    Map<String, Location> keys = new LinkedHashMap<>(m.keyLocations());
    entries.put("name", new YamlNode.Scalar(name, YamlNode.Scalar.Kind.STRING, axisAt));
    keys.putIfAbsent("name", axisAt);
    return new YamlNode.Mapping(entries, keys, m.location());
  }
}
