package org.hvsched.kvm.cfs.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.hvsched.api.imports.DomainImporter;
import org.hvsched.api.imports.ImportedDomain;
import org.hvsched.api.imports.ImportedDomain.ExtraThread;
import org.hvsched.kvm.cfs.SettingNames;

/**
 * {@code domains: [{libvirt: vm.xml, ...}]}: a libvirt domain as a neutral scenario domain.
 *
 * <ul>
 *   <li>vCPUs: those online at boot ({@code <vcpu current>}, else the maximum).
 *   <li>weight: {@code <shares>} / 4 (1024 is 256, the neutral default).
 *   <li>cap: {@code <global_quota>/<global_period>} x 100 (percent of one CPU, domain-wide);
 *       without it, a per-vCPU {@code <quota>/<period>} becomes vCPUs x quota/period x 100,
 *       which bounds the VM the same way but lets one vCPU use what another leaves (noted).
 *   <li>settings: the period becomes {@code cfsPeriodUs} (pool-wide in hvsched).
 *   <li>affinity: {@code <vcpu cpuset>}; {@code <vcpupin>} per vCPU.
 *   <li>threads: QEMU's emulator thread ({@code <emulatorpin>}, else the cpuset) and one I/O
 *       thread per {@code <iothreads>} ({@code <iothreadpin>}); they run only when the scenario
 *       gives them a workload.
 * </ul>
 */
public final class LibvirtImporter implements DomainImporter {
  private static final long DEFAULT_PERIOD_US = 100_000;

  @Override
  public String key() {
    return "libvirt";
  }

  @Override
  public ImportedDomain read(Path file) {
    return toImported(LibvirtDomain.parse(file));
  }

  /** The neutral domain of a parsed libvirt domain. */
  public static ImportedDomain toImported(LibvirtDomain d) {
    List<String> notes = new ArrayList<>(d.notes());
    if (d.currentVcpus() < d.maxVcpus()) {
      notes.add(d.currentVcpus() + " of " + d.maxVcpus() + " vCPUs are online at boot;"
          + " only those are modelled");
    }
    Map<String, String> settings = new LinkedHashMap<>();
    OptionalInt cap = OptionalInt.empty();
    if (d.globalQuotaUs().isPresent() && d.globalQuotaUs().getAsLong() > 0) {
      long period = d.globalPeriodUs().orElse(DEFAULT_PERIOD_US);
      cap = OptionalInt.of(percent(d.globalQuotaUs().getAsLong(), period));
      settings.put(SettingNames.CFS_PERIOD_US, Long.toString(period));
    } else if (d.quotaUs().isPresent() && d.quotaUs().getAsLong() > 0) {
      long period = d.periodUs().orElse(DEFAULT_PERIOD_US);
      cap = OptionalInt.of(percent(d.currentVcpus() * d.quotaUs().getAsLong(), period));
      settings.put(SettingNames.CFS_PERIOD_US, Long.toString(period));
      notes.add("per-vCPU <quota> " + d.quotaUs().getAsLong() + " us per " + period
          + " us is modelled as a domain-wide cap of " + cap.getAsInt() + "%");
    }
    List<ExtraThread> threads = new ArrayList<>();
    threads.add(new ExtraThread("emulator", "emulator", d.emulatorPin().or(d::cpuset)));
    for (int i = 1; i <= d.iothreads(); i++) {
      Optional<String> pin = Optional.ofNullable(d.iothreadPins().get(i));
      threads.add(new ExtraThread("iothread" + i, "io-thread", pin.or(d::cpuset)));
    }
    Map<Integer, String> pins = new LinkedHashMap<>();
    d.vcpuPins().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .filter(e -> e.getKey() < d.currentVcpus())
        .forEach(e -> pins.put(e.getKey(), e.getValue()));
    return new ImportedDomain(d.source().toString(), d.name(), d.currentVcpus(), d.weight(),
        cap, d.cpuset(), Optional.empty(), Optional.empty(), pins, threads, settings, notes);
  }

  private static int percent(long quotaUs, long periodUs) {
    return (int) Math.max(1, Math.round(quotaUs * 100.0 / periodUs));
  }
}
