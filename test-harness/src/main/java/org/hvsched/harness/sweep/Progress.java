package org.hvsched.harness.sweep;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * The progress line of {@code sweep run} on stderr: runs done (of this shard, those found already
 * written included), runs left, and an estimate of the time left from the mean wall time per run
 * finished so far. Printed when a run finishes, at most once per {@code intervalNs} (always for
 * the last run), so that a log file of a long Slurm job stays short.
 */
final class Progress {
  private final PrintWriter err;
  private final LongSupplier clockNs;
  private final String label;
  private final int total;
  private final int skipped;
  private final long intervalNs;
  private final long startNs;
  private int finished;
  private long lastPrintNs = Long.MIN_VALUE;

  /**
   * @param err where the line goes
   * @param clockNs wall clock (e.g. {@code System::nanoTime})
   * @param label what runs ("shard 1/4")
   * @param total runs in this shard
   * @param skipped runs already written before this command started
   * @param intervalNs least time between two lines
   */
  Progress(PrintWriter err, LongSupplier clockNs, String label, int total, int skipped,
      long intervalNs) {
    this.err = err;
    this.clockNs = clockNs;
    this.label = label;
    this.total = total;
    this.skipped = skipped;
    this.intervalNs = intervalNs;
    this.startNs = clockNs.getAsLong();
  }

  /** Prints the line that opens the command. */
  synchronized void start() {
    err.println("hvsched sweep: " + label + ": " + total + " runs, " + skipped
        + " already written, " + (total - skipped) + " to run");
    err.flush();
  }

  /** Notes one finished run and prints the line when it is due. */
  synchronized void runFinished() {
    finished++;
    long nowNs = clockNs.getAsLong();
    int left = total - skipped - finished;
    if (left > 0 && lastPrintNs != Long.MIN_VALUE && nowNs - lastPrintNs < intervalNs) {
      return;
    }
    lastPrintNs = nowNs;
    err.println(line(nowNs, left));
    err.flush();
  }

  /** The progress line at {@code nowNs} with {@code left} runs left. */
  String line(long nowNs, int left) {
    long elapsedNs = nowNs - startNs;
    StringBuilder sb = new StringBuilder("hvsched sweep: ").append(label).append(": ")
        .append(total - left).append('/').append(total).append(" done, ")
        .append(left).append(" left");
    if (left > 0 && finished > 0) {
      long estimateNs = (long) ((double) elapsedNs / finished * left);
      sb.append(", about ").append(human(estimateNs)).append(" to go");
    } else if (left == 0) {
      sb.append(", ").append(finished).append(" run in ").append(human(elapsedNs));
    }
    return sb.toString();
  }

  /** {@code 1h02m}, {@code 3m05s}, {@code 12s}, {@code 0.4s}. */
  static String human(long ns) {
    long s = ns / 1_000_000_000L;
    if (s >= 3600) {
      return String.format("%dh%02dm", s / 3600, s % 3600 / 60);
    }
    if (s >= 60) {
      return String.format("%dm%02ds", s / 60, s % 60);
    }
    if (s >= 10) {
      return s + "s";
    }
    return String.format(java.util.Locale.ROOT, "%.1fs", ns / 1e9);
  }
}
