package org.hvsched.harness.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.hvsched.api.imports.DomainImporter;

/**
 * The {@link DomainImporter}s on the class path, found by {@link ServiceLoader} and keyed by
 * {@link DomainImporter#key()} ({@code xl}, {@code libvirt}).
 */
final class Importers {
  /** Import keys spec.md names, recognised even when no importer for them is installed. */
  static final List<String> SPEC_KEYS = List.of("xl", "libvirt");

  private final Map<String, DomainImporter> byKey = new TreeMap<>();

  Importers() {
    for (DomainImporter i : ServiceLoader.load(DomainImporter.class,
        DomainImporter.class.getClassLoader())) {
      if (byKey.putIfAbsent(i.key(), i) != null) {
        throw new IllegalStateException("two domain importers with key " + i.key());
      }
    }
  }

  Optional<DomainImporter> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The installed keys, comma-separated, or "none". */
  String known() {
    return byKey.isEmpty() ? "none installed" : String.join(", ", byKey.keySet());
  }
}
