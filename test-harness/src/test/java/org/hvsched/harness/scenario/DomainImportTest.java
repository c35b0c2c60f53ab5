package org.hvsched.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hvsched.api.TaskKind;
import org.hvsched.topology.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imported domains take the file's values unless the scenario gives the key beside them. */
final class DomainImportTest {
  @TempDir
  Path dir;

  private Scenario parse(String domains) {
    return ScenarioParser.parse("name: t\ntopology: 1x4x2\nduration: 1s\npolicy: basic.rr\n"
        + "domains: " + domains + "\n", "s.yaml", dir);
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  @Test
  void import_fileValuesWithOverrides() throws IOException {
    write("vm.kv", "name=guest\nvcpus=4\nweight=100\ncap=50\ncpus=0-3\npin.1=2\n"
        + "emulatorpin=4\nnote=hugepages ignored\n");
    DomainDef d = parse("[{kv: vm.kv, vcpus: 2, weight: 300}]").domains().get(0);
    assertThat(d.name()).isEqualTo("guest");
    assertThat(d.vcpus()).isEqualTo(2);
    assertThat(d.weight()).isEqualTo(300);
    assertThat(d.capPercent()).isEqualTo(50);
    assertThat(d.affinity().toString()).isEqualTo("0-3");
    assertThat(d.vcpuAffinity(1).toString()).isEqualTo("2");
    assertThat(d.vcpuAffinity(0).toString()).isEqualTo("0-3");
    assertThat(d.threads()).singleElement().satisfies(t -> {
      assertThat(t.kind()).isEqualTo(TaskKind.EMULATOR);
      assertThat(t.affinity().orElseThrow().toString()).isEqualTo("4");
      assertThat(t.workload().name()).isEqualTo("sleep-run");
    });
    assertThat(d.importedFrom()).contains("kv: vm.kv");
    assertThat(d.notes()).containsExactly("hugepages ignored");
  }

  @Test
  void import_pinBeyondVcpus_isAnError() throws IOException {
    write("vm.kv", "name=guest\nvcpus=4\npin.3=2\n");
    assertThatThrownBy(() -> parse("[{kv: vm.kv, vcpus: 2}]"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("s.yaml:5:16: kv vcpu 3: pins vCPU 3, expected a vCPU index");
  }

  @Test
  void import_impliedSettings_applyUnlessTheScenarioGivesThem() throws IOException {
    write("vm.kv", "name=guest\nsetting.sliceUs=300\n");
    Scenario s = parse("[{kv: vm.kv}]");
    assertThat(PolicyResolver.resolve(s.policy().orElseThrow(),
        s.domains().get(0).importedSettings(), java.util.Map.of()).asMap())
        .containsEntry("sliceUs", 300L);
  }

  @Test
  void unknownImportKey_listsTheInstalledImporters() {
    assertThatThrownBy(() -> parse("[{vmx: a.vmx}]"))
        .hasMessage("s.yaml:5:12: domains[0]: unknown key 'vmx', expected one of: name, vcpus,"
            + " weight, cap, affinity, softAffinity, vcpuAffinity, pool, trust, workload,"
            + " threads, or an import key (installed importers: kv)");
  }

  @Test
  void specImportKeyWithoutImporter_saysWhichAreInstalled() {
    assertThatThrownBy(() -> parse("[{libvirt: vm.xml}]"))
        .hasMessage("s.yaml:5:12: domains[0]: no importer for 'libvirt' is installed, expected"
            + " one of the installed importers: kv");
  }

  @Test
  void twoImportKeys_isAnError() throws IOException {
    write("vm.kv", "name=guest\n");
    assertThatThrownBy(() -> parse("[{kv: vm.kv, xl: vm.cfg}]"))
        .hasMessageContaining("no importer for 'xl'");
  }
}
