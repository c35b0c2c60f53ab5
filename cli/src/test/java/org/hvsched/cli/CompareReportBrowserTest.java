package org.hvsched.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code compare --report DIR} on a tiny scenario, then the page opened from
 * {@code file://} in headless Chromium loads, shows the results table and every image has
 * loaded (natural width above 0).
 *
 * <p>How: Chromium's {@code --dump-dom} prints the DOM after the page's load event, which fires
 * only when every image has loaded or failed; the page's own inline script, run on that event,
 * writes {@code <pre id="image-check">} listing each image's {@code src} and
 * {@code naturalWidth} (0 for an image that failed). The test parses that list: no remote
 * debugging protocol, no fixed sleeps. Skipped, saying why, when {@code /usr/bin/chromium} is
 * absent (CI's {@code .ci/run} installs it).
 */
final class CompareReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Pattern CHECK = Pattern.compile(
      "<pre id=\"image-check\"[^>]*>images (\\d+)\\n(.*?)</pre>", Pattern.DOTALL);

  @Test
  void report_openedInChromium_tableShownAndEveryImageLoaded(@TempDir Path tmp)
      throws IOException, InterruptedException {
    if (!Files.isExecutable(CHROMIUM)) {
      abort("SKIPPED: " + CHROMIUM + " is not installed (apt-get install chromium); the report"
          + " page was not opened in a browser");
    }
    String scenario = CompareScenarios.write(tmp, "tiny.yaml", CompareScenarios.TINY);
    Path report = tmp.resolve("report");
    CliRun run = CliRun.of("compare", scenario, "--configs", "rr-smt-off,gang", "--seeds", "2",
        "--jobs", "2", "--report", report.toString());
    assertThat(run.status()).as(run.err()).isZero();
    String html = Files.readString(report.resolve("index.html"));
    int imgs = html.split("<img ", -1).length - 1;
    assertThat(imgs).isGreaterThanOrEqualTo(8);

    String dom = dumpDom(report.resolve("index.html"), tmp.resolve("chromium-profile"));

    assertThat(dom).contains("<table class=\"results\">").contains("<td>gang</td>")
        .contains("<ul id=\"verdicts\">");
    Matcher m = CHECK.matcher(dom);
    assertThat(m.find()).as("image check written by the page's load handler:\n" + dom).isTrue();
    assertThat(Integer.parseInt(m.group(1))).isEqualTo(imgs);
    List<String> notLoaded = new ArrayList<>();
    for (String line : m.group(2).strip().split("\n")) {
      String[] srcWidth = line.split(" ");
      assertThat(srcWidth[0]).startsWith("charts/");
      if (Integer.parseInt(srcWidth[1]) <= 0) {
        notLoaded.add(srcWidth[0]);
      }
    }
    assertThat(notLoaded).as("images that did not load").isEmpty();
  }

  private static String dumpDom(Path page, Path profile) throws IOException,
      InterruptedException {
    Files.createDirectories(profile);
    Path out = profile.resolveSibling("dom.html");
    ProcessBuilder pb = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
        "--dump-dom", page.toUri().toString())
        .redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 120 s");
    }
    assertThat(p.exitValue()).as("chromium exit status").isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
