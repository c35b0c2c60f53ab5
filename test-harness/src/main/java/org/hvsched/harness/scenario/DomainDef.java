package org.hvsched.harness.scenario;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hvsched.harness.workload.WorkloadSpec;
import org.hvsched.harness.yaml.Location;
import org.hvsched.topology.CpuSet;

/**
 * A domain (VM) of the scenario, every default filled in.
 *
 * @param name domain name (unique)
 * @param vcpus number of vCPUs
 * @param weight neutral weight (1..65535, default 256)
 * @param capPercent domain-wide cap in percent of one CPU, 0 = none
 * @param affinity hard affinity on the hardware (default all online CPUs)
 * @param softAffinity soft affinity (default all online CPUs)
 * @param vcpuAffinity per-vCPU hard affinity (from an import), by vCPU index
 * @param pool the pool it lives in
 * @param trust its trust domain (default its name)
 * @param workload what its vCPUs run
 * @param threads extra VM threads
 * @param importedFrom the file it was imported from, with the importer key ({@code xl: vm2.cfg})
 * @param importedSettings policy settings the imported file implies, by setting name
 * @param notes what the import read but hvsched does not model, one line each
 * @param location where the domain was written
 * @param affinityLocation where its affinity was written (for empty-intersection errors)
 */
public record DomainDef(String name, int vcpus, int weight, int capPercent, CpuSet affinity,
    CpuSet softAffinity, Map<Integer, CpuSet> vcpuAffinity, String pool, String trust,
    WorkloadSpec workload, List<ThreadDef> threads, Optional<String> importedFrom,
    Map<String, String> importedSettings, List<String> notes, Location location,
    Location affinityLocation) {

  public DomainDef {
    requireNonNull(name, "name");
    requireNonNull(affinity, "affinity");
    requireNonNull(softAffinity, "softAffinity");
    vcpuAffinity = Map.copyOf(vcpuAffinity);
    requireNonNull(pool, "pool");
    requireNonNull(trust, "trust");
    requireNonNull(workload, "workload");
    threads = List.copyOf(threads);
    requireNonNull(importedFrom, "importedFrom");
    importedSettings = Map.copyOf(importedSettings);
    notes = List.copyOf(notes);
    requireNonNull(location, "location");
    requireNonNull(affinityLocation, "affinityLocation");
  }

  /** Hard affinity of vCPU {@code index}: its own pinning if imported, else the domain's. */
  public CpuSet vcpuAffinity(int index) {
    return vcpuAffinity.getOrDefault(index, affinity);
  }

  /** Number of tasks: vCPUs plus extra threads. */
  public int tasks() {
    return vcpus + threads.size();
  }
}
