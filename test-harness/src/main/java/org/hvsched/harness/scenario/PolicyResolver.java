package org.hvsched.harness.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hvsched.api.Policies;
import org.hvsched.api.PolicyProvider;
import org.hvsched.api.settings.ResolvedSettings;
import org.hvsched.api.settings.SettingDef;
import org.hvsched.topology.InputException;

/**
 * Resolves a scenario's {@link PolicyRef} against the providers on the class path: an unknown
 * id, an unknown setting, a bad value or a cross-field error become {@link InputException}s that
 * name the scenario key (or {@code --set} for command-line settings).
 */
public final class PolicyResolver {
  /** How messages name command-line settings. */
  public static final String SET_SOURCE = "--set";

  private PolicyResolver() {}

  /** The provider {@code ref} names. */
  public static PolicyProvider provider(PolicyRef ref) {
    try {
      return Policies.byId(ref.id());
    } catch (IllegalArgumentException e) {
      throw ref.location().error(ref.key() + ": " + e.getMessage());
    }
  }

  /** The scenario's settings of {@code ref}, defaults filled in. */
  public static ResolvedSettings resolve(PolicyRef ref) {
    return resolve(ref, Map.of(), Map.of());
  }

  /**
   * The settings of {@code ref}, then {@code implied} (settings an imported domain file implies,
   * applied only where the policy declares them and the scenario does not give them), then
   * {@code overrides} ({@code --set}, by canonical name or alias; they win).
   */
  public static ResolvedSettings resolve(PolicyRef ref, Map<String, String> implied,
      Map<String, String> overrides) {
    PolicyProvider p = provider(ref);
    ResolvedSettings scenario;
    try {
      scenario = p.resolve(ref.settings());
    } catch (IllegalArgumentException e) {
      throw ref.location().error(ref.key() + ".settings: " + e.getMessage());
    }
    if (implied.isEmpty() && overrides.isEmpty()) {
      return scenario;
    }
    Map<String, Object> merged = new LinkedHashMap<>();
    ref.settings().forEach((k, v) -> merged.put(def(p, k).orElseThrow().name(), v));
    implied.forEach((k, v) -> def(p, k).ifPresent(d -> merged.putIfAbsent(d.name(), v)));
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      Optional<SettingDef> d = def(p, e.getKey());
      if (d.isEmpty()) {
        merged.put(e.getKey(), e.getValue());
      } else {
        merged.put(d.get().name(), e.getValue());
      }
    }
    try {
      return p.resolve(merged);
    } catch (IllegalArgumentException e) {
      throw new InputException(SET_SOURCE, 0, 0, "policy " + p.id() + ": " + e.getMessage());
    }
  }

  private static Optional<SettingDef> def(PolicyProvider p, String key) {
    return p.settings().stream().filter(d -> d.answersTo(key)).findFirst();
  }
}
