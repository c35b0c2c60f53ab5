package org.hvsched.kvm.cfs.config;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What hvsched reads from a libvirt domain XML ({@code docs/formatdomain.rst}: CPU Allocation,
 * CPU Tuning, CPU model and topology). CPU sets are canonical cpulists ({@code 0-3,8}).
 *
 * @param source the file
 * @param name {@code <name>}
 * @param maxVcpus {@code <vcpu>} content: vCPU threads at most
 * @param currentVcpus {@code <vcpu current>}: vCPUs online at boot (= max when absent)
 * @param cpuset {@code <vcpu cpuset>}: default affinity of vCPUs, emulator and I/O threads
 * @param placement {@code <vcpu placement>}: static or auto (numad)
 * @param shares {@code <cputune><shares>}
 * @param periodUs {@code <period>}: per-vCPU CFS bandwidth period
 * @param quotaUs {@code <quota>}: per-vCPU quota (negative: unlimited)
 * @param globalPeriodUs {@code <global_period>}: whole-VM period
 * @param globalQuotaUs {@code <global_quota>}: whole-VM quota
 * @param vcpuPins {@code <vcpupin vcpu cpuset>} by vCPU
 * @param emulatorPin {@code <emulatorpin cpuset>}
 * @param iothreads {@code <iothreads>} count (or the number of {@code <iothreadids>})
 * @param iothreadPins {@code <iothreadpin iothread cpuset>} by I/O thread id
 * @param topology {@code <cpu><topology>}: the guest's sockets/dies/clusters/cores/threads
 * @param notes elements and attributes read that have no effect in hvsched, with location
 */
public record LibvirtDomain(Path source, String name, int maxVcpus, int currentVcpus,
    Optional<String> cpuset, String placement, OptionalLong shares, OptionalLong periodUs,
    OptionalLong quotaUs, OptionalLong globalPeriodUs, OptionalLong globalQuotaUs,
    Map<Integer, String> vcpuPins, Optional<String> emulatorPin, int iothreads,
    Map<Integer, String> iothreadPins, Optional<GuestTopology> topology, List<String> notes) {

  public LibvirtDomain {
    requireNonNull(source, "source");
    requireNonNull(name, "name");
    vcpuPins = Map.copyOf(vcpuPins);
    iothreadPins = Map.copyOf(iothreadPins);
    notes = List.copyOf(notes);
  }

  /**
   * The guest topology of {@code <cpu><topology>}.
   *
   * @param sockets sockets
   * @param dies dies per socket (default 1)
   * @param clusters clusters per die (default 1)
   * @param cores cores per cluster
   * @param threads threads per core
   */
  public record GuestTopology(int sockets, int dies, int clusters, int cores, int threads) {
    /** The number of vCPUs the topology describes. */
    public int vcpus() {
      return sockets * dies * clusters * cores * threads;
    }
  }

  /** Reads a libvirt domain XML; bad input is an InputException with line and column. */
  public static LibvirtDomain parse(Path file) {
    return new LibvirtParser(file).parse();
  }

  /** The neutral weight: {@code <shares>} / 4 (libvirt's default 1024 is weight 256). */
  public OptionalInt weight() {
    return shares.isPresent()
        ? OptionalInt.of((int) Math.max(1, shares.getAsLong() / 4)) : OptionalInt.empty();
  }
}
