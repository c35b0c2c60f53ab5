package org.hvsched.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.hvsched.harness.compare.ParallelRuns;

/**
 * The progress line of {@code hvsched compare} on stderr, redrawn in place with {@code \r}:
 * {@code hvsched: compare: 12/30 runs done, 8 s elapsed}. It prints only when there is a
 * terminal ({@link System#console()}), so redirected output and CI logs stay clean, and erases
 * itself when the runs are over.
 */
final class CompareProgress implements ParallelRuns.Progress, AutoCloseable {
  private final PrintWriter err;
  private final LongSupplier wallNs;
  private final boolean enabled;
  private final long startNs;
  private int drawnWidth;

  CompareProgress(PrintWriter err, LongSupplier wallNs, boolean enabled) {
    this.err = err;
    this.wallNs = wallNs;
    this.enabled = enabled;
    this.startNs = enabled ? wallNs.getAsLong() : 0;
  }

  /** A progress line on {@code err} when stderr is a terminal, else silent. */
  static CompareProgress onStderr(PrintWriter err) {
    return new CompareProgress(err, System::nanoTime, System.console() != null);
  }

  @Override
  public void update(int done, int total) {
    if (!enabled) {
      return;
    }
    String text = text(done, total, (wallNs.getAsLong() - startNs) / 1_000_000_000L);
    err.print("\r" + text + " ".repeat(Math.max(0, drawnWidth - text.length())));
    err.flush();
    drawnWidth = text.length();
  }

  @Override
  public void close() {
    if (drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      err.flush();
      drawnWidth = 0;
    }
  }

  /** The line's text. */
  static String text(int done, int total, long elapsedSeconds) {
    return String.format(Locale.ROOT, "hvsched: compare: %d/%d runs done, %d s elapsed", done,
        total, elapsedSeconds);
  }
}
