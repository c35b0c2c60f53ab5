package org.hvsched.core.trace;

import java.nio.charset.StandardCharsets;

/**
 * Formats lines of the tracefs {@code trace} file with the TGID column, byte for byte as the
 * kernel prints them ({@code trace_print_context()} and {@code trace_print_lat_fmt()} in
 * {@code kernel/trace/trace_output.c}; event formats from {@code include/trace/events/sched.h}).
 * One instance reuses one buffer; not thread-safe.
 */
final class FtraceLines {
  /** The kernel's {@code TASK_COMM_LEN} (16) minus the terminating NUL. */
  static final int COMM_BYTES = 15;
  /** {@code prio} of a nice-0 normal task (the kernel's internal priority 120). */
  static final int NICE0_PRIO = 120;
  /** Line-prefix name of pid 0. */
  static final String IDLE_LINE_COMM = "<idle>";

  private final StringBuilder line = new StringBuilder(256);
  private boolean firstField;

  /** The legend lines for the layout with the TGID column (record-tgid on). */
  static final String LEGEND = """
      #                                          _-----=> irqs-off/BH-disabled
      #                                         / _----=> need-resched
      #                                        | / _---=> hardirq/softirq
      #                                        || / _--=> preempt-depth
      #                                        ||| / _-=> migrate-disable
      #                                        |||| /     delay
      #           TASK-PID       TGID    CPU#  |||||  TIMESTAMP  FUNCTION
      #              | |           |       |   |||||     |         |
      """;

  /** The header's first two lines, before the entry count. */
  static final String BANNER = "# tracer: nop\n#\n";

  /** The entry-count line: {@code # entries-in-buffer/entries-written: A/B   #P:N}. */
  static String countLine(long entries, int cpus) {
    return "# entries-in-buffer/entries-written: " + entries + "/" + entries + "   #P:" + cpus
        + "\n";
  }

  /**
   * A task name as the kernel keeps it in {@code comm}: at most 15 bytes (cut at a character
   * boundary), with whitespace, {@code =} and control characters replaced by {@code _} because
   * trace parsers (Perfetto) split event fields on spaces and {@code =}.
   */
  static String comm(String name) {
    StringBuilder out = new StringBuilder(COMM_BYTES);
    int bytes = 0;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isISOControl(cp) || cp == '=') {
        cp = '_';
      }
      int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + len > COMM_BYTES) {
        break;
      }
      out.appendCodePoint(cp);
      bytes += len;
    }
    return out.toString();
  }

  /** The idle task's name in event fields: {@code swapper/<cpu>}. */
  static String swapper(int cpu) {
    return "swapper/" + cpu;
  }

  /**
   * Starts a line: {@code %16s-%-7d (%7d) [%03d] FLAGS %5lu.%06lu: event: }; {@code tgid < 0}
   * prints the unknown TGID {@code (-------)}. Seconds and microseconds are truncated from
   * {@code nowNs} as the kernel does.
   */
  FtraceLines start(String comm, int pid, int tgid, int cpu, String flags, long nowNs,
      String event) {
    line.setLength(0);
    padLeft(comm, 16).append('-');
    padRight(Integer.toString(pid), 7).append(' ');
    if (tgid < 0) {
      line.append("(-------) ");
    } else {
      line.append('(');
      padLeft(Integer.toString(tgid), 7).append(") ");
    }
    line.append('[');
    zeroPad(cpu, 3).append("] ").append(flags).append(' ');
    padLeft(Long.toString(nowNs / 1_000_000_000L), 5).append('.');
    zeroPad((int) (nowNs % 1_000_000_000L / 1_000L), 6);
    line.append(": ").append(event).append(": ");
    firstField = true;
    return this;
  }

  /** Appends {@code key=value} preceded by a space unless it is the first field. */
  FtraceLines field(String key, String value) {
    separate();
    line.append(key).append('=').append(value);
    return this;
  }

  /** Appends {@code key=value} for an integer. */
  FtraceLines field(String key, long value) {
    separate();
    line.append(key).append('=').append(value);
    return this;
  }

  /** Appends {@code key=%03d}. */
  FtraceLines field3(String key, int value) {
    separate();
    line.append(key).append('=');
    zeroPad(value, 3);
    return this;
  }

  /** Appends a bare token (the {@code ==>} of {@code sched_switch}). */
  FtraceLines token(String token) {
    separate();
    line.append(token);
    return this;
  }

  /** The finished line, with its {@code \n}. */
  CharSequence end() {
    return line.append('\n');
  }

  private void separate() {
    if (!firstField) {
      line.append(' ');
    }
    firstField = false;
  }

  private StringBuilder padLeft(String s, int width) {
    for (int i = s.length(); i < width; i++) {
      line.append(' ');
    }
    return line.append(s);
  }

  private StringBuilder padRight(String s, int width) {
    line.append(s);
    for (int i = s.length(); i < width; i++) {
      line.append(' ');
    }
    return line;
  }

  /** {@code printf("%0<width>d")}, also for negative values ({@code -1} as {@code -01}). */
  private StringBuilder zeroPad(int value, int width) {
    String digits = Integer.toString(Math.abs(value));
    int pad = width - digits.length() - (value < 0 ? 1 : 0);
    if (value < 0) {
      line.append('-');
    }
    for (int i = 0; i < pad; i++) {
      line.append('0');
    }
    return line.append(digits);
  }
}
