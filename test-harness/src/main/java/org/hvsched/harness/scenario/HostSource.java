package org.hvsched.harness.scenario;

import java.util.Optional;

/** Where a scenario's host comes from: a synthetic spec or a file. */
public sealed interface HostSource {

  /** The scenario spelling, for the resolved rendering. */
  Object render();

  /**
   * A synthetic spec ({@code 1x4x2}, options included, e.g. {@code 1x4x2,numbering=xen}).
   *
   * @param spec the spec string as {@code SyntheticSpec} reads it
   */
  record Synthetic(String spec) implements HostSource {
    @Override
    public Object render() {
      return spec;
    }
  }

  /**
   * A topology file or sysfs directory read by the topology module.
   *
   * @param path the path as written in the scenario
   * @param kind {@code sysfs|lscpu|hwloc|xl}, empty = detect from content
   */
  record FromFile(String path, Optional<String> kind) implements HostSource {
    @Override
    public Object render() {
      java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
      m.put("file", path);
      m.put("kind", kind.orElse("auto"));
      return m;
    }
  }
}
