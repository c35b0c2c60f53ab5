package org.hvsched.api.imports;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A domain read from a hypervisor's own configuration file, in the scenario's neutral terms.
 * Absent values fall back to the scenario defaults; keys the scenario gives override them.
 *
 * @param source file the domain came from (for messages)
 * @param name domain name
 * @param vcpus number of vCPUs
 * @param weight neutral weight (Xen cpu_weight as is; libvirt shares / 4)
 * @param capPercent domain-wide cap in percent of one CPU (Xen cap; libvirt quota/period x 100)
 * @param affinity hard affinity in any CpuSet dialect (domain-wide)
 * @param softAffinity soft affinity
 * @param pool pool name
 * @param vcpuAffinity per-vCPU hard affinity (vCPU index to CpuSet text), e.g. libvirt vcpupin
 * @param threads extra VM threads (emulator, I/O threads) with their affinity, if any
 * @param settings policy settings the file implies (e.g. libvirt period), by setting name
 * @param notes what was read but has no effect in hvsched, one line each (shown to the user)
 */
public record ImportedDomain(String source, String name, int vcpus, OptionalInt weight,
    OptionalInt capPercent, Optional<String> affinity, Optional<String> softAffinity,
    Optional<String> pool, Map<Integer, String> vcpuAffinity, List<ExtraThread> threads,
    Map<String, String> settings, List<String> notes) {

  public ImportedDomain {
    requireNonNull(source, "source");
    requireNonNull(name, "name");
    vcpuAffinity = Map.copyOf(vcpuAffinity);
    threads = List.copyOf(threads);
    settings = Map.copyOf(settings);
    notes = List.copyOf(notes);
  }

  /**
   * A VM thread that is not a vCPU.
   *
   * @param name e.g. {@code emulator}, {@code iothread1}
   * @param kind {@code emulator} or {@code io-thread}
   * @param affinity its pinning in any CpuSet dialect, if pinned
   */
  public record ExtraThread(String name, String kind, Optional<String> affinity) {}
}
