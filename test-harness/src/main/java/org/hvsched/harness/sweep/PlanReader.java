package org.hvsched.harness.sweep;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.hvsched.topology.InputException;

/**
 * Streams the lines of a plan, checking each ({@link PlanLine#parse}): memory holds one line at a
 * time, whatever the plan's size.
 */
final class PlanReader {
  private PlanReader() {}

  /** Told about each line in order. */
  @FunctionalInterface
  interface Visitor {
    /**
     * @param index plan index, from 0 (what {@code --shard} divides)
     * @param line the line
     */
    void visit(long index, PlanLine line) throws IOException;
  }

  /** Told about each line's text before it is parsed; returns whether to parse it. */
  @FunctionalInterface
  interface Filter {
    boolean wanted(long index);
  }

  /** Reads every line of {@code plan}. */
  static long read(Path plan, Visitor visitor) throws IOException {
    return read(plan, i -> true, visitor);
  }

  /**
   * Reads the lines of {@code plan} that {@code filter} wants, and checks that the others are
   * not blank.
   *
   * @return the number of lines
   * @throws InputException naming the file and line for a line that is not a plan line, or an
   *     empty plan
   */
  static long read(Path plan, Filter filter, Visitor visitor) throws IOException {
    String name = plan.toString();
    long index = 0;
    try (BufferedReader in = Files.newBufferedReader(plan, StandardCharsets.UTF_8)) {
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        int lineNo = (int) Math.min(Integer.MAX_VALUE, index + 1);
        if (text.isBlank()) {
          throw new InputException(name, lineNo, 0, "blank line, expected one run per line as"
              + " written by hvsched sweep plan");
        }
        if (filter.wanted(index)) {
          visitor.visit(index, PlanLine.parse(text, name, lineNo));
        }
        index++;
      }
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file, expected a plan written by hvsched sweep"
          + " plan");
    }
    if (index == 0) {
      throw new InputException(name, "the plan is empty, expected one run per line");
    }
    return index;
  }
}
