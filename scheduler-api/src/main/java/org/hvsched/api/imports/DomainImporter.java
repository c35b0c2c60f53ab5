package org.hvsched.api.imports;

import java.nio.file.Path;

/**
 * Reads a domain from a hypervisor's configuration format (found through
 * {@link java.util.ServiceLoader}); a scenario names it by {@link #key()}:
 * {@code domains: [{xl: vm1.cfg}]}, {@code [{libvirt: vm3.xml}]}.
 */
public interface DomainImporter {

  /** The scenario key, e.g. {@code xl} or {@code libvirt}. */
  String key();

  /**
   * Reads {@code file}; malformed or unsupported content is an
   * {@link org.hvsched.topology.InputException} naming the file, line and what was expected.
   */
  ImportedDomain read(Path file);
}
