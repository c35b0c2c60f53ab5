package org.hvsched.core.progress;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress report on stderr for runs that take longer than a second of wall time,
 * redrawn in place with {@code \r}: {@code hvsched: run: 12.500 s of 60.000 s simulated (20%),
 * 3 s elapsed, about 12 s left}. It does nothing when there is no terminal
 * ({@link System#console()} is null), so redirected output and CI logs stay clean.
 *
 * <p>The engine calls {@link #update} as simulated time advances, as often as it likes: the wall
 * clock is read only every {@code stride} calls, with the stride adapted so that reads happen
 * roughly every 10 ms, and the line is redrawn at most four times a second. {@link #close()}
 * erases the line.
 */
public final class ProgressLine implements AutoCloseable {
  private static final long SHOW_AFTER_NS = 1_000_000_000L;
  private static final long REDRAW_EVERY_NS = 250_000_000L;
  private static final long CHECK_EVERY_NS = 10_000_000L;
  private static final int MAX_STRIDE = 1 << 16;

  private final PrintStream out;
  private final LongSupplier wallNs;
  private final String label;
  private final long totalNs;
  private final boolean enabled;
  private final long startWallNs;
  private long lastCheckWallNs;
  private long lastDrawWallNs;
  private int stride = 1;
  private int countdown = 1;
  private int drawnWidth;

  ProgressLine(PrintStream out, LongSupplier wallNs, String label, long totalNs, boolean enabled) {
    if (totalNs < 0) {
      throw new IllegalArgumentException("total simulated time must be >= 0: " + totalNs);
    }
    this.out = out;
    this.wallNs = wallNs;
    this.label = label;
    this.totalNs = totalNs;
    this.enabled = enabled && totalNs > 0;
    this.startWallNs = this.enabled ? wallNs.getAsLong() : 0;
    this.lastCheckWallNs = startWallNs;
    this.lastDrawWallNs = startWallNs - REDRAW_EVERY_NS;
  }

  /**
   * A progress line for a run of {@code totalNs} simulated ns, on stderr when there is a
   * terminal, else a no-op.
   */
  public static ProgressLine onStderr(String label, long totalNs) {
    return new ProgressLine(System.err, System::nanoTime, label, totalNs,
        System.console() != null);
  }

  /** A progress line that never prints. */
  public static ProgressLine disabled() {
    return new ProgressLine(System.err, () -> 0L, "", 0, false);
  }

  /** True when this line may print. */
  public boolean enabled() {
    return enabled;
  }

  /** Simulated time done so far, ns; cheap enough to call after every event. */
  public void update(long doneNs) {
    if (!enabled || --countdown > 0) {
      return;
    }
    long now = wallNs.getAsLong();
    adaptStride(now - lastCheckWallNs);
    lastCheckWallNs = now;
    countdown = stride;
    long elapsed = now - startWallNs;
    if (elapsed >= SHOW_AFTER_NS && now - lastDrawWallNs >= REDRAW_EVERY_NS) {
      lastDrawWallNs = now;
      draw(Math.min(Math.max(doneNs, 0), totalNs), elapsed);
    }
  }

  /** Erases the line if it was shown. */
  @Override
  public void close() {
    if (drawnWidth > 0) {
      out.print("\r" + " ".repeat(drawnWidth) + "\r");
      out.flush();
      drawnWidth = 0;
    }
  }

  private void adaptStride(long sinceLastCheckNs) {
    if (sinceLastCheckNs < CHECK_EVERY_NS && stride < MAX_STRIDE) {
      stride *= 2;
    } else if (sinceLastCheckNs > 5 * CHECK_EVERY_NS && stride > 1) {
      stride /= 2;
    }
  }

  private void draw(long doneNs, long elapsedNs) {
    String text = text(label, doneNs, totalNs, elapsedNs);
    int pad = Math.max(0, drawnWidth - text.length());
    out.print("\r" + text + " ".repeat(pad));
    out.flush();
    drawnWidth = text.length();
  }

  /** The line's text, e.g. {@code hvsched: run: 12.500 s of 60.000 s simulated (20%), ...}. */
  static String text(String label, long doneNs, long totalNs, long elapsedNs) {
    long percent = doneNs * 100 / totalNs;
    StringBuilder s = new StringBuilder("hvsched: ");
    if (!label.isEmpty()) {
      s.append(label).append(": ");
    }
    s.append(String.format(Locale.ROOT, "%.3f s of %.3f s simulated (%d%%), %d s elapsed",
        doneNs / 1e9, totalNs / 1e9, percent, elapsedNs / 1_000_000_000L));
    if (doneNs > 0 && doneNs < totalNs) {
      double leftNs = (double) elapsedNs * (totalNs - doneNs) / doneNs;
      s.append(String.format(Locale.ROOT, ", about %d s left", Math.round(leftNs / 1e9)));
    }
    return s.toString();
  }
}
