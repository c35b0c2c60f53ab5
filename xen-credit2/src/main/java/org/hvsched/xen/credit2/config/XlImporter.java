package org.hvsched.xen.credit2.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hvsched.api.imports.DomainImporter;
import org.hvsched.api.imports.ImportedDomain;

/**
 * The {@code xl:} domain importer: an {@code xl.cfg} file as a scenario domain. The weight is
 * {@code cpu_weight} as is, the cap is Xen's cap, {@code cpus}/{@code cpus_soft} are the hard
 * and soft affinity (CPULIST text, resolved against the host by the scenario), a list form of
 * {@code cpus} becomes per-vCPU pinning. Only the online vCPUs ({@code vcpus}) are simulated.
 */
public final class XlImporter implements DomainImporter {

  @Override
  public String key() {
    return "xl";
  }

  @Override
  public ImportedDomain read(Path file) {
    return toDomain(XlConfig.parse(file));
  }

  /** The scenario domain of a parsed file. */
  public static ImportedDomain toDomain(XlConfig c) {
    List<String> notes = new ArrayList<>(c.notes());
    Map<Integer, String> perVcpu = new LinkedHashMap<>();
    for (int i = 0; i < c.cpusPerVcpu().size() && i < c.vcpus(); i++) {
      perVcpu.put(i, c.cpusPerVcpu().get(i));
    }
    Optional<String> soft = c.cpusSoft();
    if (!c.cpusSoftPerVcpu().isEmpty()) {
      List<String> used = c.cpusSoftPerVcpu().subList(0,
          Math.min(c.vcpus(), c.cpusSoftPerVcpu().size()));
      soft = Optional.of(used.get(0));
      if (used.stream().distinct().count() > 1) {
        notes.add(c.file() + ": cpus_soft gives each vCPU its own soft affinity; hvsched has one"
            + " per domain and uses vCPU 0's (\"" + used.get(0) + "\")");
      }
    }
    if (c.type().equals("hvm")) {
      notes.add(c.file() + ": type hvm: the device model runs in dom0 (or a stub domain) and is"
          + " not part of this domain");
    }
    return new ImportedDomain(c.file(), c.name(), c.vcpus(), c.cpuWeight(), c.cap(), c.cpus(),
        soft, c.pool(), perVcpu, List.of(), Map.of(), notes);
  }
}
