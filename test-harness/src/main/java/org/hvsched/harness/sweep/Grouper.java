package org.hvsched.harness.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hvsched.topology.InputException;

/**
 * Cuts the stream of plan lines into points: consecutive lines with the same axis values. A plan
 * lists each point's runs together ({@link SweepPlanner}); a point that comes back after another
 * is an error, since merging it would need every run in memory.
 */
final class Grouper {
  /** Told about each complete point. */
  @FunctionalInterface
  interface Sink {
    void point(List<PlanLine> lines) throws IOException;
  }

  private final Path plan;
  private final Sink sink;
  private final Set<String> done = new HashSet<>();
  private final List<PlanLine> current = new ArrayList<>();
  private String currentKey;
  private long points;

  Grouper(Path plan, Sink sink) {
    this.plan = plan;
    this.sink = sink;
  }

  /** Adds the line at plan index {@code index}. */
  void add(long index, PlanLine line) throws IOException {
    String key = CanonicalJson.text(line.axes());
    if (!key.equals(currentKey)) {
      flush();
      if (!done.add(key)) {
        throw new InputException(plan.toString(), (int) Math.min(Integer.MAX_VALUE, index + 1),
            0, "axis values " + line.axisTexts() + " come back after another point, expected"
                + " each point's runs together as hvsched sweep plan writes them");
      }
      currentKey = key;
    }
    current.add(line);
  }

  /** Flushes the last point; returns the number of points. */
  long finish() throws IOException {
    flush();
    return points;
  }

  private void flush() throws IOException {
    if (!current.isEmpty()) {
      sink.point(List.copyOf(current));
      points++;
      current.clear();
    }
  }
}
