package org.hvsched.harness.workload;

import static com.google.common.base.Preconditions.checkArgument;

import org.hvsched.core.random.Distribution;
import org.hvsched.core.random.RandomStream;

/**
 * The sizes of the pieces of one {@code parallel-jobs} build: {@code tasks} pieces that add up to
 * exactly {@code workNs}. With {@code spread} 0 the pieces are equal (the remainder spread one ns
 * at a time over the first pieces) and no random number is drawn. With {@code spread} &gt; 0
 * piece k is drawn as the k-th draw of {@code stream} from a log-normal whose underlying normal
 * has standard deviation {@code spread}, and the draws are scaled so the build keeps its total
 * (every piece at least 1 ns). Drawing all pieces when the build starts, in piece order, keeps
 * the sizes independent of the schedule (common random numbers).
 */
final class PieceSizes {
  /** The most pieces a build with {@code spread} &gt; 0 may have (they are held in memory). */
  static final int MAX_RANDOM_TASKS = 1_000_000;

  private PieceSizes() {}

  /** The sizes of the {@code tasks} pieces of a build of {@code workNs}. */
  static long[] draw(long workNs, int tasks, double spread, RandomStream stream) {
    checkArgument(tasks >= 1 && tasks <= workNs, "tasks must be in 1..work: %s", tasks);
    checkArgument(spread >= 0, "spread must be >= 0: %s", spread);
    checkArgument(spread == 0 || tasks <= MAX_RANDOM_TASKS,
        "tasks must be at most %s with spread > 0: %s", MAX_RANDOM_TASKS, tasks);
    long[] sizes = new long[tasks];
    if (spread == 0) {
      for (int k = 0; k < tasks; k++) {
        sizes[k] = workNs / tasks + (k < workNs % tasks ? 1 : 0);
      }
      return sizes;
    }
    Distribution unit = new Distribution.LogNormal(1_000_000_000L, spread);
    double[] raw = new double[tasks];
    double sum = 0;
    for (int k = 0; k < tasks; k++) {
      raw[k] = Math.max(1, unit.sample(stream));
      sum += raw[k];
    }
    long free = workNs - tasks;
    long given = 0;
    for (int k = 0; k < tasks; k++) {
      long extra = Math.min(free - given, (long) Math.floor(raw[k] / sum * free));
      sizes[k] = 1 + extra;
      given += extra;
    }
    for (int k = 0; given < free; k = (k + 1) % tasks) {
      sizes[k]++;
      given++;
    }
    return sizes;
  }
}
