package org.hvsched.kvm.cfs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.ServiceLoader;
import org.hvsched.api.imports.DomainImporter;
import org.hvsched.api.imports.ImportedDomain;
import org.hvsched.topology.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * libvirt domain XML: the documented example reads as formats.md describes, the neutral mapping
 * follows spec.md (weight = shares / 4, cap = quota / period), and corrupt or unsupported input
 * fails loudly naming file, line and column.
 */
final class LibvirtDomainTest {

  private static Path resource(String name) {
    try {
      return Path.of(LibvirtDomainTest.class.getResource("/libvirt/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void referenceExample_readsEveryCpuElement() {
    LibvirtDomain d = LibvirtDomain.parse(resource("vm1.xml"));
    assertThat(d.name()).isEqualTo("vm1");
    assertThat(d.maxVcpus()).isEqualTo(4);
    assertThat(d.currentVcpus()).isEqualTo(4);
    assertThat(d.cpuset()).contains("1-3,9-11");
    assertThat(d.vcpuPins()).containsExactlyInAnyOrderEntriesOf(
        Map.of(0, "1", 1, "9", 2, "2", 3, "10"));
    assertThat(d.emulatorPin()).contains("3,11");
    assertThat(d.shares()).hasValue(2048);
    assertThat(d.quotaUs()).hasValue(-1);
    assertThat(d.globalQuotaUs()).hasValue(300_000);
    assertThat(d.topology()).hasValueSatisfying(t -> assertThat(t.vcpus()).isEqualTo(4));
    assertThat(d.notes()).anyMatch(n -> n.contains("<memory>") && n.contains("<os>"));
  }

  @Test
  void referenceExample_asNeutralDomain_weightIsSharesOverFourAndCapIsGlobalQuota() {
    ImportedDomain i = LibvirtImporter.toImported(LibvirtDomain.parse(resource("vm1.xml")));
    assertThat(i.vcpus()).isEqualTo(4);
    assertThat(i.weight()).isEqualTo(OptionalInt.of(512));
    assertThat(i.capPercent()).isEqualTo(OptionalInt.of(300));
    assertThat(i.settings()).containsEntry("cfsPeriodUs", "100000");
    assertThat(i.vcpuAffinity()).containsEntry(1, "9");
    assertThat(i.threads()).hasSize(1);
    assertThat(i.threads().get(0).kind()).isEqualTo("emulator");
    assertThat(i.threads().get(0).affinity()).contains("3,11");
  }

  @Test
  void minimal_unmodelledElementsAreNotedWithTheirLocation() {
    LibvirtDomain d = LibvirtDomain.parse(resource("vm2-minimal.xml"));
    assertThat(d.currentVcpus()).isEqualTo(2);
    assertThat(d.iothreads()).isEqualTo(2);
    assertThat(d.iothreadPins()).containsEntry(2, "0,2-3");
    assertThat(d.notes()).anyMatch(n -> n.startsWith("10:") && n.contains("<vcpusched>"));
    assertThat(d.notes()).anyMatch(n -> n.contains("<numatune>"));
    assertThat(d.notes()).anyMatch(n -> n.contains("<qemu:commandline>"));
    ImportedDomain i = LibvirtImporter.toImported(d);
    assertThat(i.vcpus()).isEqualTo(2);
    assertThat(i.weight()).isEmpty();
    assertThat(i.capPercent()).isEqualTo(OptionalInt.of(100));
    assertThat(i.settings()).containsEntry("cfsPeriodUs", "50000");
    assertThat(i.notes()).anyMatch(n -> n.contains("per-vCPU <quota>"));
    assertThat(i.threads()).extracting(ImportedDomain.ExtraThread::name)
        .containsExactly("emulator", "iothread1", "iothread2");
  }

  @Test
  void doctypeWithExternalEntity_isRefusedWithoutReadingIt() {
    assertThatThrownBy(() -> LibvirtDomain.parse(resource("xxe.xml")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("xxe.xml:2:")
        .hasMessageContaining("DOCTYPE")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("root:"));
  }

  @Test
  void unknownElement_namesItsLineAndColumn() {
    assertThatThrownBy(() -> LibvirtDomain.parse(resource("unknown-element.xml")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unknown-element.xml:6:")
        .hasMessageContaining("unknown element <sharez> in <cputune>");
  }

  @Test
  void badCpuset_namesTheAttributeAndLine() {
    assertThatThrownBy(() -> LibvirtDomain.parse(resource("bad-cpuset.xml")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("bad-cpuset.xml:3:")
        .hasMessageContaining("vcpu cpuset '1-x'");
  }

  @Test
  void truncatedDocument_isMalformedXmlWithPosition() {
    assertThatThrownBy(() -> LibvirtDomain.parse(resource("truncated.xml")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("truncated.xml:")
        .hasMessageContaining("malformed XML");
  }

  @Test
  void topologyNotMatchingVcpus_isAnError() {
    assertThatThrownBy(() -> LibvirtDomain.parse(resource("topology-mismatch.xml")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("topology-mismatch.xml:5:")
        .hasMessageContaining("6 vCPUs but <vcpu> is 4");
  }

  @Test
  void valuesOutOfRangeOrMissing_areErrors(@TempDir Path dir) throws IOException {
    assertBad(dir, "<domain><name>a</name><vcpu>0</vcpu></domain>", "vcpu 0 is out of range");
    assertBad(dir, "<domain><vcpu>1</vcpu></domain>", "no <name>");
    assertBad(dir, "<domain><name>a</name></domain>", "no <vcpu>");
    assertBad(dir, "<domain><name>a</name><vcpu>2</vcpu><cputune><vcpupin vcpu='2' cpuset='1'/>"
        + "</cputune></domain>", "vcpu='2'");
    assertBad(dir, "<domain><name>a</name><vcpu>1</vcpu><cputune><period>10</period></cputune>"
        + "</domain>", "period 10 is out of range, expected 1000..1000000");
    assertBad(dir, "<domain><name>a</name><vcpu bogus='1'>1</vcpu></domain>",
        "unknown attribute bogus on <vcpu>");
    assertBad(dir, "<domain><name>a</name><vcpu>two</vcpu></domain>", "'two' is not a whole");
    assertBad(dir, "<network><name>a</name></network>", "<network>, expected a libvirt <domain>");
    assertBad(dir, "", "malformed XML");
  }

  private static void assertBad(Path dir, String xml, String message) throws IOException {
    Path f = dir.resolve("bad.xml");
    Files.writeString(f, xml);
    assertThatThrownBy(() -> LibvirtDomain.parse(f)).as(xml)
        .isInstanceOf(InputException.class).hasMessageContaining(message)
        .hasMessageContaining("bad.xml");
  }

  @Test
  void importer_isFoundByServiceLoaderUnderKeyLibvirt() {
    boolean found = false;
    for (DomainImporter i : ServiceLoader.load(DomainImporter.class)) {
      found |= i.key().equals("libvirt") && i instanceof LibvirtImporter;
    }
    assertThat(found).isTrue();
  }
}
