package org.hvsched.harness.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hvsched.harness.yaml.YamlNode;

/**
 * Lets a sweep's {@code configs:} (and a {@code configs} axis) name the custom configurations
 * the scenario defines: since they replace the scenario's {@code configs:}, a plain name of a
 * custom configuration is replaced by its definition, preceded by the definition of its custom
 * baseline when that is not listed (compare adds a missing baseline only from the list it is
 * given).
 */
final class CustomConfigs {
  private final Map<String, YamlNode> definitions;

  private CustomConfigs(Map<String, YamlNode> definitions) {
    this.definitions = definitions;
  }

  /** The custom configurations of the scenario tree {@code scenario}, by name. */
  static CustomConfigs of(YamlNode scenario) {
    Map<String, YamlNode> defs = new LinkedHashMap<>();
    YamlNode configs = scenario instanceof YamlNode.Mapping m ? m.entries().get("configs") : null;
    if (configs instanceof YamlNode.Sequence seq) {
      for (YamlNode item : seq.items()) {
        name(item, "name").ifPresent(n -> defs.put(n, item));
      }
    }
    return new CustomConfigs(defs);
  }

  /** {@code list} with the names of custom configurations replaced by their definitions. */
  YamlNode expand(YamlNode list) {
    if (!(list instanceof YamlNode.Sequence seq)) {
      return list;
    }
    List<YamlNode> out = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    for (YamlNode item : seq.items()) {
      scalarName(item).or(() -> name(item, "name")).ifPresent(listed::add);
    }
    for (YamlNode item : seq.items()) {
      Optional<String> named = scalarName(item).filter(definitions::containsKey);
      if (named.isEmpty()) {
        out.add(item);
        continue;
      }
      YamlNode def = definitions.get(named.get());
      name(def, "baseline").filter(b -> definitions.containsKey(b) && !listed.contains(b))
          .ifPresent(b -> {
            out.add(definitions.get(b));
            listed.add(b);
          });
      out.add(def);
    }
    return new YamlNode.Sequence(out, seq.location());
  }

  private static Optional<String> scalarName(YamlNode item) {
    return item instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL
        ? Optional.of(s.text()) : Optional.empty();
  }

  private static Optional<String> name(YamlNode item, String key) {
    return item instanceof YamlNode.Mapping m ? scalarName(m.entries().getOrDefault(key,
        new YamlNode.Scalar("", YamlNode.Scalar.Kind.NULL, m.location()))) : Optional.empty();
  }
}
