package org.hvsched.topology.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hvsched.topology.InputException;
import org.hvsched.topology.SmtState;
import org.hvsched.topology.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sysfs importer reads real and hand-made trees and names the file of every inconsistency. */
final class SysfsImporterTest {
  @TempDir Path tmp;

  @Test
  void buildMachine_realCopy_twoCoresNoSmt() {
    Topology t = SysfsImporter.read(Fixtures.path("sysfs/build-machine"));
    assertThat(t.summary()).isEqualTo("1 socket, 2 cores, 2 threads, 1 NUMA node, SMT none");
  }

  @Test
  void tarCopy_nulPaddedFilesTwoLevelsAbove_readsSame() {
    Path root = Fixtures.path("sysfs/build-machine-tar");
    assertThat(Fixtures.path("sysfs/build-machine-tar/sys/devices/system/cpu/online").toFile().length())
        .isEqualTo(4096);
    assertThat(SysfsImporter.read(root)).isEqualTo(SysfsImporter.read(Fixtures.path("sysfs/build-machine")));
  }

  @Test
  void cpuDirectoryItself_accepted() {
    Topology t = SysfsImporter.read(Fixtures.path("sysfs/ref-2x4x2/sys/devices/system/cpu"));
    assertThat(t.summary()).isEqualTo("2 sockets, 8 cores, 16 threads, 2 NUMA nodes, SMT on");
    assertThat(t.dieOsIdOf(0)).isZero();
  }

  @Test
  void offlineCpus_missingAndStaleTopology_countedOffline() {
    Topology t = SysfsImporter.read(Fixtures.path("sysfs/ref-2x4x2-offline"));
    assertThat(t.online().toString()).isEqualTo("0-8,10-14");
    assertThat(t.offline().toString()).isEqualTo("9,15");
    assertThat(t.siblingsOf(1).toString()).isEqualTo("1");
    assertThat(t.siblingsOf(7).toString()).isEqualTo("7");
    assertThat(t.smt()).isEqualTo(SmtState.ON);
    assertThat(t.summary()).isEqualTo("2 sockets, 8 cores, 14 threads, 2 NUMA nodes, SMT on");
  }

  @Test
  void noNodeDirectory_oneNode() throws IOException {
    Path copy = Fixtures.copyTree("sysfs/ref-2x4x2", tmp);
    deleteTree(copy.resolve("sys/devices/system/node"));
    Topology t = SysfsImporter.read(copy);
    assertThat(t.nodes()).hasSize(1);
    assertThat(t.cpusOf(t.nodeOf(0)).toString()).isEqualTo("0-15");
  }

  @Test
  void siblingsDisagree_namesFile() {
    Path cpu = corrupt("cpu8/topology/core_cpus_list", "8\n");
    Fixtures.write(cpu.resolve("cpu8/topology/thread_siblings_list"), "8\n");
    Fixtures.write(cpu.resolve("cpu8/topology/core_cpus"), "0100\n");
    Fixtures.write(cpu.resolve("cpu8/topology/thread_siblings"), "0100\n");
    assertError(cpu, "cpu8/topology/core_cpus_list:1:1", "overlapping the core '0,8'");
  }

  @Test
  void listAndMaskDisagree_namesFile() {
    Path cpu = corrupt("cpu3/topology/thread_siblings_list", "3\n");
    assertError(cpu, "cpu3/topology/thread_siblings_list:1:1", "lists '3' but core_cpus_list lists '3,11'");
  }

  @Test
  void unparsableCpulist_namesFileAndToken() {
    Path cpu = corrupt("cpu2/topology/core_cpus_list", "2-x\n");
    assertError(cpu, "cpu2/topology/core_cpus_list:1:1", "'2-x'");
  }

  @Test
  void siblingListWithoutItself_rejected() {
    Path cpu = corrupt("cpu4/topology/core_cpus_list", "5,13\n");
    assertError(cpu, "cpu4/topology/core_cpus_list", "does not contain CPU 4");
  }

  @Test
  void siblingsInTwoPackages_rejected() {
    Path cpu = corrupt("cpu8/topology/physical_package_id", "1\n");
    assertError(cpu, "cpu8/topology/physical_package_id", "sibling CPU 0 is in package 0");
  }

  @Test
  void badPackageId_rejected() {
    Path cpu = corrupt("cpu8/topology/physical_package_id", "zero\n");
    assertError(cpu, "cpu8/topology/physical_package_id:1:1", "found 'zero', expected an integer");
  }

  @Test
  void missingTopologyOfOnlineCpu_rejected() throws IOException {
    Path cpu = Fixtures.copyTree("sysfs/ref-2x4x2", tmp).resolve("sys/devices/system/cpu");
    deleteTree(cpu.resolve("cpu5/topology"));
    assertError(cpu, "cpu5/topology", "missing for online CPU 5");
  }

  @Test
  void perCpuOnlineDisagreesWithOnlineFile_rejected() {
    Path cpu = corrupt("cpu6/online", "0\n");
    assertError(cpu, "cpu6/online:1:1", "says 0 but");
  }

  @Test
  void onlineCpuWithoutDirectory_rejected() {
    Path cpu = corrupt("online", "0-16\n");
    assertError(cpu, "cpu/online:1:1", "lists CPUs 16 that have no cpuN directory");
  }

  @Test
  void noCpuDirectories_rejected() {
    assertThatThrownBy(() -> SysfsImporter.read(tmp)).isInstanceOf(InputException.class)
        .hasMessageContaining("no cpuN directories");
  }

  private Path corrupt(String relative, String content) {
    Path cpu = Fixtures.copyTree("sysfs/ref-2x4x2", tmp).resolve("sys/devices/system/cpu");
    Fixtures.write(cpu.resolve(relative), content);
    return cpu;
  }

  private static void assertError(Path source, String where, String what) {
    assertThatThrownBy(() -> SysfsImporter.read(source)).isInstanceOf(InputException.class)
        .hasMessageContaining(where).hasMessageContaining(what);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
