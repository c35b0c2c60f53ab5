package org.hvsched.topology.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hvsched.topology.SyntheticSpec;
import org.hvsched.topology.Topology;
import org.junit.jupiter.api.Test;

/** XML that the installed lstopo writes now imports to the host it describes (skipped without lstopo). */
final class LstopoLiveTest {

  @Test
  void liveLstopo_syntheticDescription_importsToSameHost() throws Exception {
    Optional<Path> lstopo = onPath("lstopo-no-graphics").or(() -> onPath("lstopo"));
    assumeTrue(lstopo.isPresent(), "lstopo not on PATH: install Debian's hwloc package to run this test");
    String xml = run(lstopo.get(), "--input", "pack:2 [numa] core:4 pu:2", "--of", "xml", "-");
    assertThat(HwlocXmlImporter.parse("lstopo output", xml))
        .isEqualTo(SyntheticSpec.parse("2x4x2,numbering=xen"));
    String linux = run(lstopo.get(), "--input",
        "pack:2 [numa] core:4 pu:2(indexes=0,8,1,9,2,10,3,11,4,12,5,13,6,14,7,15)", "--of", "xml", "-");
    Topology t = HwlocXmlImporter.parse("lstopo output", linux);
    assertThat(t).isEqualTo(SyntheticSpec.parse("2x4x2"));
  }

  private static String run(Path exe, String... args) throws IOException, InterruptedException {
    String[] cmd = Stream.concat(Stream.of(exe.toString()), Stream.of(args)).toArray(String[]::new);
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("lstopo finished").isTrue();
    assertThat(p.exitValue()).as("lstopo exit status").isZero();
    return new String(out, StandardCharsets.UTF_8);
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
