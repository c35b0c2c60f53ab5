package org.hvsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** hvsched topology reads every source kind end to end and fails with one line and status 2. */
final class TopologyCommandTest {
  private static final String REF_SUMMARY = "2 sockets, 8 cores, 16 threads, 2 NUMA nodes, SMT on\n";

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "synthetic, 2x4x2",
    "sysfs, sysfs/ref-2x4x2",
    "lscpu, lscpu/ref-2x4x2-p.txt",
    "hwloc, hwloc/ref-2x4x2-linux.xml",
    "xl, xl/ref-2x4x2-linux-numbering.txt",
  })
  void eachKind_detectedAndGiven_sameOutput(String kind, String source) {
    String arg = kind.equals("synthetic") ? source : CliRun.fixture(source);
    CliRun detected = CliRun.of("topology", arg);
    CliRun given = CliRun.of("topology", arg, "--kind", kind);
    assertThat(detected.status()).as(detected.err()).isZero();
    assertThat(detected.out()).endsWith(REF_SUMMARY).contains("  core 0: 0,8\n");
    assertThat(given.out()).isEqualTo(detected.out());
    assertThat(detected.out()).isEqualTo(CliRun.of("topology", "2x4x2").out());
  }

  @Test
  void json_andSmtOff() throws Exception {
    CliRun run = CliRun.of("topology", "2x16x2", "--format", "json", "--smt", "off");
    assertThat(run.status()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("summary").asText()).isEqualTo("2 sockets, 32 cores, 32 threads, 2 NUMA nodes, SMT off");
    assertThat(json.get("offline").asText()).isEqualTo("32-63");
    assertThat(json.get("smt").asText()).isEqualTo("off");
  }

  @Test
  void badSpec_status2OneLine() {
    CliRun run = CliRun.of("topology", "0x4x2");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("hvsched: error: bad topology spec '0x4x2' at '0'").hasLineCount(1);
  }

  @Test
  void corruptFile_namesFileAndLine(@TempDir Path tmp) throws Exception {
    Path xl = tmp.resolve("xl.txt");
    String ref = Files.readString(Path.of(CliRun.fixture("xl/ref-2x4x2-xen.txt")));
    Files.writeString(xl, ref.replace("  3:       1        0        0", "  3:       x        0        0"));
    CliRun run = CliRun.of("topology", xl.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("hvsched: error: " + xl + ":24:1: found '3:       x        0        0',"
        + " expected 'CPU: CORE SOCKET NODE' with integers\n");
  }

  @Test
  void truncatedXml_status2NoStackTrace(@TempDir Path tmp) throws Exception {
    Path xml = tmp.resolve("topo.xml");
    String full = Files.readString(Path.of(CliRun.fixture("hwloc/smt4.xml")));
    Files.writeString(xml, full.substring(0, full.length() / 2));
    CliRun run = CliRun.of("topology", xml.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("hvsched: error: " + xml + ":").contains("truncated XML")
        .hasLineCount(1).doesNotContain("\tat ");
  }

  @Test
  void debug_printsStackTrace() {
    CliRun run = CliRun.of("--debug", "topology", "0x4x2");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("hvsched: error: bad topology spec").contains("\tat org.hvsched.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "topology                              | Missing required parameter: 'SOURCE'",
    "topology 1x4x2 --kind acpi            | unknown topology kind 'acpi'",
    "topology 1x4x2 --format yaml          | --format 'yaml': expected text or json",
    "topology 1x4x2 --smt maybe            | --smt 'maybe': expected off",
    "topology 1x4x2 --colour               | Unknown option: '--colour'",
    "frobnicate                            | Unmatched argument at index 0: 'frobnicate'",
  })
  void usageErrors_status2OneLine(String args, String message) {
    CliRun run = CliRun.of(args.split(" "));
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("hvsched: error: ").contains(message).contains("--help')")
        .hasLineCount(1);
  }

  @Test
  void missingFile_status2() {
    CliRun run = CliRun.of("topology", "/nonexistent/host.xml");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("hvsched: error: /nonexistent/host.xml: no such file");
  }
}
