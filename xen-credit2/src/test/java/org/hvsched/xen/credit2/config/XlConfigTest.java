package org.hvsched.xen.credit2.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hvsched.topology.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** xl.cfg files are read as xl reads them; bad input fails naming file, line and column. */
final class XlConfigTest {
  private static final String REFERENCE = String.join("\n",
      "# /etc/xen/vm1.cfg",
      "name      = \"vm1\"",
      "type      = \"pvh\"",
      "memory    = 4096",
      "vcpus     = 4",
      "maxvcpus  = 8",
      "cpus      = \"2-7,^4\"          # all vCPUs may run on pCPUs 2,3,5,6,7",
      "cpus_soft = \"node:0\"          # but prefer NUMA node 0",
      "cpu_weight = 512              # twice the default share",
      "cap       = 200               # never more than 2 pCPUs worth of time",
      "pool      = \"Pool-credit2\"",
      "# per-vCPU pinning instead of one mask:",
      "# cpus = [\"2\", \"3\", \"5\", \"6-7\"]",
      "");

  private static InputException failure(String text) {
    try {
      XlConfig.parse(text, "vm.cfg");
    } catch (InputException e) {
      return e;
    }
    throw new AssertionError("no error for: " + text);
  }

  @Test
  void referenceExample_readsEverySchedulingKey() {
    XlConfig c = XlConfig.parse(REFERENCE, "vm1.cfg");
    assertThat(c.name()).isEqualTo("vm1");
    assertThat(c.type()).isEqualTo("pvh");
    assertThat(c.vcpus()).isEqualTo(4);
    assertThat(c.maxVcpus()).isEqualTo(8);
    assertThat(c.cpus()).contains("2-7,^4");
    assertThat(c.cpusSoft()).contains("node:0");
    assertThat(c.cpuWeight()).hasValue(512);
    assertThat(c.cap()).hasValue(200);
    assertThat(c.pool()).contains("Pool-credit2");
    assertThat(c.notes()).anyMatch(n -> n.startsWith("vm1.cfg:4: memory"));
    assertThat(c.notes()).anyMatch(n -> n.contains("vCPUs 4-7 start offline"));
  }

  @Test
  void fromAFile_namesTheFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("vm1.cfg");
    Files.writeString(f, REFERENCE);
    assertThat(XlConfig.parse(f).file()).isEqualTo(f.toString());
  }

  @Test
  void listForm_givesPerVcpuPinning_andDropsEntriesPastMaxvcpus() {
    XlConfig c = XlConfig.parse("name='a'\nvcpus=2\ncpus = [\"2\", '3',\n  \"5-6\",\n]\n",
        "a.cfg");
    assertThat(c.cpus()).isEmpty();
    assertThat(c.cpusPerVcpu()).containsExactly("2", "3");
  }

  @Test
  void defaults_followXl() {
    XlConfig c = XlConfig.parse("name = \"a\"", "a.cfg");
    assertThat(c.vcpus()).isEqualTo(1);
    assertThat(c.maxVcpus()).isEqualTo(1);
    assertThat(c.type()).isEqualTo("pv");
    assertThat(c.cpuWeight()).isEqualTo(OptionalInt.empty());
    assertThat(c.pool()).isEqualTo(Optional.empty());
    assertThat(c.notes()).anyMatch(n -> n.contains("automatic NUMA placement"));
  }

  @Test
  void numbers_areStrtolBaseZero_andMayBeQuoted() {
    XlConfig c = XlConfig.parse("name='a'\nvcpus=\"0x4\"\nmaxvcpus=010\ncpu_weight='300'\n",
        "a.cfg");
    assertThat(c.vcpus()).isEqualTo(4);
    assertThat(c.maxVcpus()).isEqualTo(8);
    assertThat(c.cpuWeight()).hasValue(300);
  }

  @Test
  void semicolonsLaterAssignmentsAndPlusEquals_actAsInXl() {
    XlConfig c = XlConfig.parse("name='a'; vcpus=2; vcpus=3\npool='Po'\npool+='ol-1'\n"
        + "cpus=['1']\ncpus+=['2']", "a.cfg");
    assertThat(c.vcpus()).isEqualTo(3);
    assertThat(c.pool()).contains("Pool-1");
    assertThat(c.cpusPerVcpu()).containsExactly("1", "2");
  }

  @Test
  void typePrefixes_andBuilder_followXlsStrncmp() {
    assertThat(XlConfig.parse("name='a'\ntype='h'", "a.cfg").type()).isEqualTo("hvm");
    assertThat(XlConfig.parse("name='a'\ntype='p'", "a.cfg").type()).isEqualTo("pv");
    assertThat(XlConfig.parse("name='a'\nbuilder='hvm'", "a.cfg").type()).isEqualTo("hvm");
    assertThat(failure("name='a'\ntype='pv'\nbuilder='hvm'").getMessage())
        .contains("Contradicting");
    assertThat(failure("name='a'\ntype='kvm'").getMessage()).contains("vm.cfg:2:")
        .contains("Invalid domain type kvm");
  }

  @Test
  void unknownKey_isAnErrorWithItsLine() {
    InputException e = failure("name='a'\n\nweight = 512\n");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).contains("vm.cfg:3:1").contains("unknown key 'weight'");
  }

  @Test
  void outOfRangeValues_areRejectedAsLibxlDoes() {
    assertThat(failure("name='a'\ncpu_weight=0").getMessage()).contains("vm.cfg:2")
        .contains("1 to 65535");
    assertThat(failure("name='a'\ncpu_weight=65536").getMessage()).contains("1 to 65535");
    assertThat(failure("name='a'\nvcpus=2\ncap=201").getMessage()).contains("0 to 200");
    assertThat(failure("name='a'\ncap='-1'").getMessage()).contains("0 to 100");
    assertThat(failure("name='a'\nvcpus=4\nmaxvcpus=2").getMessage())
        .contains("maxvcpus < vcpus");
  }

  @Test
  void corruptInput_failsLoudlyNamingWhere() {
    assertThat(failure("name='a'\nvcpus = -2").getMessage()).contains("vm.cfg:2:9")
        .contains("lexical error");
    assertThat(failure("Name='a'").getMessage()).contains("vm.cfg:1:1").contains("lower case");
    assertThat(failure("name='a\nvcpus=2").getMessage()).contains("unterminated string");
    assertThat(failure("name='a'\ncpus=['1' '2']").getMessage()).contains("vm.cfg:2:11")
        .contains("expected ',' or ']'");
    assertThat(failure("name='a'\nvcpus").getMessage()).contains("expected '=' or '+='");
    assertThat(failure("name='a'\nvcpus=2 3").getMessage()).contains("end of line");
    assertThat(failure("name='a'\nvcpus=08").getMessage()).contains("not a valid number");
    assertThat(failure("name='a'\nvcpus=[2]").getMessage()).contains("is a list");
    assertThat(failure("name='a'\npool='x'\npool+=['y']").getMessage())
        .contains("can't add [list]");
    assertThat(failure("name='a\\x41'").getMessage()).contains("hex");
    assertThat(failure("vcpus=2").getMessage()).contains("Domain name must be specified");
  }

  @Test
  void badCpulist_isRejectedWithTheItem() {
    assertThat(failure("name='a'\ncpus='0-3,^all'").getMessage()).contains("'^all'");
    assertThat(failure("name='a'\ncpus='3-1'").getMessage()).contains("start after end");
    assertThat(failure("name='a'\nvcpus=2\ncpus_soft=['0','x']").getMessage()).contains("'x'");
    XlConfig ok = XlConfig.parse("name='a'\ncpus='all,^node:1,nodes:0-1,4-5,,7'", "a.cfg");
    assertThat(ok.cpus()).contains("all,^node:1,nodes:0-1,4-5,,7");
  }

  @Test
  void escapes_inStrings() {
    assertThat(XlConfig.parse("name=\"a\\\"b\\tc\"", "a.cfg").name()).isEqualTo("a\"b\tc");
  }

  @Test
  void importer_mapsToTheScenarioDomain() {
    var d = XlImporter.toDomain(XlConfig.parse(REFERENCE, "vm1.cfg"));
    assertThat(d.name()).isEqualTo("vm1");
    assertThat(d.vcpus()).isEqualTo(4);
    assertThat(d.weight()).hasValue(512);
    assertThat(d.capPercent()).hasValue(200);
    assertThat(d.affinity()).contains("2-7,^4");
    assertThat(d.softAffinity()).contains("node:0");
    assertThat(d.pool()).contains("Pool-credit2");
    assertThat(d.vcpuAffinity()).isEmpty();
    var pinned = XlImporter.toDomain(XlConfig.parse(
        "name='p'\nvcpus=2\ncpus=['1','2','3']\ncpus_soft=['0','1']\ntype='hvm'", "p.cfg"));
    assertThat(pinned.vcpuAffinity()).containsExactlyEntriesOf(
        java.util.Map.of(0, "1", 1, "2"));
    assertThat(pinned.softAffinity()).contains("0");
    assertThat(pinned.notes()).anyMatch(n -> n.contains("uses vCPU 0's"))
        .anyMatch(n -> n.contains("device model"));
  }

  @Test
  void serviceLoader_findsTheXlImporter() {
    List<String> keys = new java.util.ArrayList<>();
    java.util.ServiceLoader.load(org.hvsched.api.imports.DomainImporter.class)
        .forEach(i -> keys.add(i.key()));
    assertThat(keys).contains("xl");
  }
}
