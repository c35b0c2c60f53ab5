package org.hvsched.harness.scenario;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hvsched.harness.yaml.Location;

/**
 * A policy as a scenario names it: id and raw settings (scalars as written), resolved against
 * the provider only when a run is built ({@link PolicyResolver}).
 *
 * @param id provider id, e.g. {@code xen.credit2}
 * @param settings raw settings by the name written (canonical or alias), in file order
 * @param key the scenario key path for messages ({@code policy}, {@code pools[0].policy})
 * @param location where the policy was written
 */
public record PolicyRef(String id, Map<String, String> settings, String key, Location location) {
  public PolicyRef {
    requireNonNull(id, "id");
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    requireNonNull(key, "key");
    requireNonNull(location, "location");
  }

  /**
   * A policy with no settings given on the command line; {@code key} (e.g. {@code --policy})
   * starts its messages.
   */
  public static PolicyRef of(String id, String key) {
    return new PolicyRef(id, Map.of(), key, new Location("", 0, 0));
  }
}
