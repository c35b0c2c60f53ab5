package org.hvsched.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code sweep merge DIR --report} on the tiny sweep, then the page opened from
 * {@code file://} in headless Chromium shows its tables and every chart loads (the page's
 * image check, as for compare's report). Skipped, saying why, without {@code /usr/bin/chromium}.
 */
final class SweepReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Pattern CHECK = Pattern.compile(
      "<pre id=\"image-check\"[^>]*>images (\\d+)\\n(.*?)</pre>", Pattern.DOTALL);

  @Test
  void sweepReport_openedInChromium_everyChartLoaded(@TempDir Path tmp) throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      abort("SKIPPED: " + CHROMIUM + " is not installed (apt-get install chromium); the sweep"
          + " report was not opened in a browser");
    }
    Path plan = tmp.resolve("tiny.plan");
    Path out = tmp.resolve("out");
    String sweep = SweepScaleOutTest.root().resolve("scenarios/sweeps/tiny.sweep.yaml")
        .toString();
    assertThat(CliRun.of("sweep", "plan", sweep, "-o", plan.toString()).status()).isZero();
    assertThat(CliRun.of("sweep", "run", plan.toString(), "-o", out.toString()).status())
        .isZero();
    CliRun merge = CliRun.of("sweep", "merge", out.toString(), "--report");
    assertThat(merge.status()).as(merge.err()).isZero();
    String html = Files.readString(out.resolve("index.html"));
    int imgs = html.split("<img ", -1).length - 1;
    assertThat(imgs).isEqualTo(14);

    String dom = dumpDom(out.resolve("index.html"), tmp.resolve("chromium-profile"));

    assertThat(dom).contains("<table class=\"results\">").contains("<td>gang</td>");
    Matcher m = CHECK.matcher(dom);
    assertThat(m.find()).as("image check written by the page's load handler:\n" + dom).isTrue();
    assertThat(Integer.parseInt(m.group(1))).isEqualTo(imgs);
    for (String line : m.group(2).strip().split("\n")) {
      String[] srcWidth = line.split(" ");
      assertThat(srcWidth[0]).startsWith("charts/sweep-");
      assertThat(Integer.parseInt(srcWidth[1])).as(srcWidth[0] + " loaded").isPositive();
    }
  }

  private static String dumpDom(Path page, Path profile) throws IOException,
      InterruptedException {
    Files.createDirectories(profile);
    Path dom = profile.resolveSibling("dom.html");
    Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
        "--dump-dom", page.toUri().toString())
        .redirectOutput(dom.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 120 s");
    }
    assertThat(p.exitValue()).as("chromium exit status").isZero();
    return Files.readString(dom, StandardCharsets.UTF_8);
  }
}
