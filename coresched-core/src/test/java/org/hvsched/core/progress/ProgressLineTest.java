package org.hvsched.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** ProgressLine stays silent for short runs and without a terminal, and erases what it drew. */
final class ProgressLineTest {
  private static final long MS = 1_000_000L;
  private static final long S = 1_000_000_000L;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final AtomicLong wall = new AtomicLong(5 * S);

  @Test
  void disabled_printsNothingWhateverTheClock() {
    ProgressLine line = new ProgressLine(out, wall::get, "run", 60 * S, false);
    for (int i = 0; i < 1000; i++) {
      wall.addAndGet(100 * MS);
      line.update(i * 10 * MS);
    }
    line.close();
    assertThat(bytes.size()).isZero();
    assertThat(line.enabled()).isFalse();
  }

  @Test
  void shortRun_underOneSecond_printsNothing() {
    ProgressLine line = new ProgressLine(out, wall::get, "run", 60 * S, true);
    for (int i = 0; i < 90; i++) {
      wall.addAndGet(10 * MS);
      line.update(i * S / 2);
    }
    line.close();
    assertThat(bytes.size()).isZero();
  }

  @Test
  void longRun_drawsInPlaceAndErasesOnClose() {
    ProgressLine line = new ProgressLine(out, wall::get, "run", 60 * S, true);
    for (int i = 1; i <= 300; i++) {
      wall.addAndGet(20 * MS);
      line.update(i * 100 * MS);
    }
    String shown = bytes.toString(StandardCharsets.UTF_8);
    assertThat(shown).startsWith("\rhvsched: run: ").doesNotContain("\n")
        .contains("s of 60.000 s simulated");
    int draws = shown.split("\r", -1).length - 1;
    assertThat(draws).as("at most four redraws a second over 5 s").isBetween(1, 21);
    line.close();
    String all = bytes.toString(StandardCharsets.UTF_8);
    assertThat(all).endsWith("\r");
    assertThat(all.substring(shown.length())).matches("\r +\r");
  }

  @Test
  void text_givesShareDoneElapsedAndEstimate() {
    assertThat(ProgressLine.text("run", 15 * S, 60 * S, 5 * S))
        .isEqualTo("hvsched: run: 15.000 s of 60.000 s simulated (25%), 5 s elapsed, "
            + "about 15 s left");
    assertThat(ProgressLine.text("", 60 * S, 60 * S, 20 * S))
        .isEqualTo("hvsched: 60.000 s of 60.000 s simulated (100%), 20 s elapsed");
  }
}
