package org.hvsched.harness.sweep;

import static com.google.common.base.Preconditions.checkArgument;

import org.hvsched.topology.InputException;

/**
 * The share of a plan that one {@code sweep run} takes: the runs whose plan index (0-based line
 * number) modulo {@code count} equals {@code index}. {@code 0/1} is the whole plan. A Slurm array
 * passes {@code $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT}.
 *
 * @param index which share, from 0
 * @param count how many shares
 */
public record Shard(int index, int count) {
  /** The whole plan. */
  public static final Shard WHOLE = new Shard(0, 1);

  public Shard {
    checkArgument(count >= 1, "shard count must be at least 1: %s", count);
    checkArgument(index >= 0 && index < count, "shard index must be in [0, %s): %s", count, index);
  }

  /**
   * Parses {@code I/N} as given to {@code --shard}.
   *
   * @throws InputException naming {@code --shard} when the text is not {@code I/N} with
   *     {@code 0 <= I < N}
   */
  public static Shard parse(String text) {
    String[] parts = text.strip().split("/", -1);
    if (parts.length != 2) {
      throw bad(text, "expected I/N, e.g. 0/4");
    }
    int index = number(text, parts[0]);
    int count = number(text, parts[1]);
    if (count < 1) {
      throw bad(text, "expected a shard count N of at least 1");
    }
    if (index >= count) {
      throw bad(text, "expected an index I from 0 to " + (count - 1)
          + " (Slurm: --array=0-" + (count - 1) + ")");
    }
    return new Shard(index, count);
  }

  /** Whether the run at {@code planIndex} belongs to this shard. */
  public boolean contains(long planIndex) {
    return planIndex % count == index;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }

  private static int number(String text, String part) {
    try {
      int n = Integer.parseInt(part.strip());
      if (n < 0) {
        throw bad(text, "expected non-negative numbers I/N");
      }
      return n;
    } catch (NumberFormatException e) {
      throw bad(text, "expected I/N with whole numbers, e.g. 0/4");
    }
  }

  private static InputException bad(String text, String expected) {
    return new InputException("--shard", "found '" + text + "', " + expected);
  }
}
