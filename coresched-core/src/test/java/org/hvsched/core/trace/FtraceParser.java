package org.hvsched.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ftrace text as its consumers do: Perfetto's systrace line regex and argument splitter
 * (formats.md 3a), plus a byte-exact check of each line against the kernel's printf formats and
 * the field formats of {@code include/trace/events/sched.h}.
 */
final class FtraceParser {
  /** Perfetto's line regex (first match in the line). */
  static final Pattern PERFETTO_LINE = Pattern.compile(
      "-(\\d+)\\s+\\(?\\s*(\\d+|-+)?\\)?\\s?\\[(\\d+)\\]\\s*([a-zA-Z.]{3}[0-9a-f.]{1,2}\\s*)?"
          + "(\\d+\\.\\d+):\\s+(\\S+):");

  /** The tracefs layout with the TGID column and the flags column. */
  static final Pattern KERNEL_LINE = Pattern.compile(
      "^(.{16,})-(\\d+) *\\((-------| *\\d+)\\) \\[(\\d{3,})\\] "
          + "([DdbX.][NnpBLbl.][ZzHhs.][0-9a-f.][0-9a-f.]) +(\\d+)\\.(\\d{6}): (\\w+): (.*)$");

  /** Field formats per event (Linux 6.18 {@code events/sched/<event>/format}). */
  static final Map<String, Pattern> FIELDS = Map.of(
      "sched_switch", Pattern.compile("prev_comm=\\S{1,15} prev_pid=-?\\d+ prev_prio=-?\\d+ "
          + "prev_state=[A-Za-z|]+\\+? ==> next_comm=\\S{1,15} next_pid=-?\\d+ "
          + "next_prio=-?\\d+"),
      "sched_waking", Pattern.compile("comm=\\S{1,15} pid=\\d+ prio=-?\\d+ target_cpu=\\d{3,}"),
      "sched_wakeup", Pattern.compile("comm=\\S{1,15} pid=\\d+ prio=-?\\d+ target_cpu=\\d{3,}"),
      "sched_migrate_task", Pattern.compile(
          "comm=\\S{1,15} pid=\\d+ prio=-?\\d+ orig_cpu=-?\\d+ dest_cpu=\\d+"));

  /**
   * One event line.
   *
   * @param comm the line's task name ({@code <idle>} for pid 0)
   * @param pid the line's pid
   * @param tgid the TGID column, -1 for {@code -------}
   * @param cpu the CPU column
   * @param flags the flags column
   * @param tsNs the timestamp (microsecond resolution) in ns
   * @param event the event name
   * @param args the fields, split as Perfetto splits them
   */
  record Event(String comm, int pid, int tgid, int cpu, String flags, long tsNs, String event,
      Map<String, String> args) {
    int intArg(String key) {
      return Integer.parseInt(args.get(key));
    }
  }

  /** A parsed file: header lines and events. */
  record Trace(List<String> header, List<Event> events) {}

  private FtraceParser() {}

  static Trace parse(Path path) {
    try {
      return parse(Files.readString(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses {@code text}, asserting every event line is in the kernel's exact format. */
  static Trace parse(String text) {
    assertThat(text).endsWith("\n");
    List<String> header = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        assertThat(events).as("header line after events: %s", line).isEmpty();
        header.add(line);
        continue;
      }
      events.add(parseLine(line));
    }
    return new Trace(header, events);
  }

  static Event parseLine(String line) {
    Matcher perfetto = PERFETTO_LINE.matcher(line);
    assertThat(perfetto.find()).as("Perfetto regex on: %s", line).isTrue();
    Matcher m = KERNEL_LINE.matcher(line);
    assertThat(m.matches()).as("kernel layout of: %s", line).isTrue();
    String comm = m.group(1).strip();
    int pid = Integer.parseInt(m.group(2));
    int tgid = m.group(3).startsWith("-") ? -1 : Integer.parseInt(m.group(3).strip());
    int cpu = Integer.parseInt(m.group(4));
    long secs = Long.parseLong(m.group(6));
    long usecs = Long.parseLong(m.group(7));
    String event = m.group(8);
    String expected = String.format(Locale.ROOT, "%16s-%-7d ", comm, pid)
        + (tgid < 0 ? "(-------) " : String.format(Locale.ROOT, "(%7d) ", tgid))
        + String.format(Locale.ROOT, "[%03d] %s %5d.%06d: %s: %s", cpu, m.group(5), secs, usecs,
            event, m.group(9));
    assertThat(line).as("printf layout").isEqualTo(expected);
    Pattern fields = FIELDS.get(event);
    assertThat(fields).as("known event %s", event).isNotNull();
    assertThat(fields.matcher(m.group(9)).matches()).as("fields of %s", line).isTrue();
    assertThat(perfetto.group(1)).isEqualTo(m.group(2));
    assertThat(perfetto.group(6)).isEqualTo(event);
    return new Event(comm, pid, tgid, cpu, m.group(5), secs * 1_000_000_000L + usecs * 1000,
        event, perfettoArgs(m.group(9)));
  }

  /** Perfetto's splitter: tokens on runs of spaces; key before the first '=', value after the last. */
  static Map<String, String> perfettoArgs(String fields) {
    Map<String, String> args = new LinkedHashMap<>();
    for (String token : fields.trim().split(" +")) {
      int first = token.indexOf('=');
      if (first < 0) {
        args.put("name", token);
      } else {
        args.put(token.substring(0, first), token.substring(token.lastIndexOf('=') + 1));
      }
    }
    return args;
  }
}
