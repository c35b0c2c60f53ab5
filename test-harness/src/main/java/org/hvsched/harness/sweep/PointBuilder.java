package org.hvsched.harness.sweep;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hvsched.harness.yaml.Values;
import org.hvsched.harness.yaml.YamlNode;

/**
 * Applies axis values to the scenario's tree, in the order of the axes: a key path sets a value
 * ({@link TreeEdit}), {@code vms} resizes the domain list ({@link DomainCopies}), {@code configs}
 * replaces the scenario's {@code configs:}, {@code seeds} sets the number of seeds. A later axis
 * sees what an earlier one made ({@code vms} before {@code domains[5].vcpus} can address a copy).
 */
final class PointBuilder {
  /** Most domains {@code vms} may ask for. */
  static final int MAX_VMS = 4096;

  private static final KeyPath CONFIGS = KeyPath.parse("configs");

  private final YamlNode base;
  private final CustomConfigs customs;
  private final int seeds;
  private final List<String> domainNames;
  private final List<Point.Change> baseChanges;

  /**
   * @param base the scenario tree (with the sweep's {@code configs:} applied, if any)
   * @param customs the custom configurations the scenario defines
   * @param seeds the sweep's seeds per configuration
   * @param domainNames the parsed scenario's domain names, in order
   * @param baseChanges what was applied to make {@code base} (the sweep's {@code configs:})
   */
  PointBuilder(YamlNode base, CustomConfigs customs, int seeds, List<String> domainNames,
      List<Point.Change> baseChanges) {
    this.base = base;
    this.customs = customs;
    this.seeds = seeds;
    this.domainNames = List.copyOf(domainNames);
    this.baseChanges = List.copyOf(baseChanges);
  }

  /** The sweep's {@code configs:} applied to {@code tree}. */
  static YamlNode withConfigs(YamlNode tree, YamlNode configs, CustomConfigs customs) {
    return TreeEdit.set(tree, CONFIGS, customs.expand(asList(configs)), configs.location());
  }

  /** The point made by {@code values[i]} of {@code axes[i]} for every axis. */
  Point point(List<Axis> axes, List<YamlNode> values) {
    YamlNode tree = base;
    int n = seeds;
    ObjectNode labels = CanonicalJson.MAPPER.createObjectNode();
    List<Point.Change> changes = new ArrayList<>(baseChanges);
    Map<String, String> settings = new LinkedHashMap<>();
    for (int i = 0; i < axes.size(); i++) {
      Axis a = axes.get(i);
      YamlNode v = values.get(i);
      String path = "axes." + a.key();
      switch (a.kind()) {
        case VMS:
          int count = (int) Values.integer(v, path, 1, MAX_VMS);
          tree = DomainCopies.apply(tree, count, names(tree), a.location());
          break;
        case SEEDS:
          n = (int) Values.integer(v, path, 1, 1_000_000);
          break;
        case CONFIGS:
          tree = TreeEdit.set(tree, CONFIGS, customs.expand(asList(v)), a.location());
          break;
        default:
          tree = TreeEdit.set(tree, a.path(), v, a.location());
          settingName(a.path()).filter(k -> v instanceof YamlNode.Scalar)
              .ifPresent(k -> settings.put(k, ((YamlNode.Scalar) v).text()));
      }
      labels.set(a.key(), YamlJson.toJson(v));
      changes.add(new Point.Change(a.key(), text(v), v.location()));
    }
    return new Point(tree, n, labels, changes, settings);
  }

  /** K when {@code path} is {@code policy.settings.K}. */
  static Optional<String> settingName(KeyPath path) {
    List<KeyPath.Step> s = path.steps();
    if (s.size() == 3 && s.get(0).equals(new KeyPath.Key("policy"))
        && s.get(1).equals(new KeyPath.Key("settings")) && s.get(2) instanceof KeyPath.Key k) {
      return Optional.of(k.key());
    }
    return Optional.empty();
  }

  /** A value as text for messages and labels: a scalar as written, else its JSON. */
  static String text(YamlNode v) {
    if (v instanceof YamlNode.Scalar s) {
      return s.text();
    }
    return CanonicalJson.text(YamlJson.toJson(v));
  }

  /** The names of the tree's domains: {@code name:} where written, else the parsed name. */
  private List<String> names(YamlNode tree) {
    List<String> out = new ArrayList<>();
    YamlNode domains = ((YamlNode.Mapping) tree).entries().get("domains");
    if (domains instanceof YamlNode.Sequence seq) {
      for (int i = 0; i < seq.items().size(); i++) {
        YamlNode d = seq.items().get(i);
        YamlNode name = d instanceof YamlNode.Mapping m ? m.entries().get("name") : null;
        if (name instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL) {
          out.add(s.text());
        } else {
          out.add(i < domainNames.size() ? domainNames.get(i) : "domain" + i);
        }
      }
    }
    return out;
  }

  private static YamlNode asList(YamlNode v) {
    if (v instanceof YamlNode.Sequence) {
      return v;
    }
    return new YamlNode.Sequence(List.of(v), v.location());
  }
}
