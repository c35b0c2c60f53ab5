package org.hvsched.core.trace;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The file behind an {@link FtraceWriter}: a buffered stream of lines, with the header's entry
 * count patched in place when the file is closed.
 *
 * <p>The kernel prints {@code # entries-in-buffer/entries-written: A/B   #P:N} before the
 * events, when the count is already known; a streaming writer learns it only at the end. The
 * header is therefore written with a count of 0, followed by the kernel's empty {@code #} comment
 * line padded with spaces; at close the count line is rewritten in place with the real count, in
 * exactly the kernel's format, and the padding of the following {@code #} line shrinks by as many
 * characters as the count grew. The file keeps every byte position, the count line is exact, and
 * only that comment line carries trailing spaces (parsers skip {@code #} lines; Perfetto only
 * looks for {@code # tracer} in the first 128 bytes). A run that dies before close leaves a
 * readable trace whose header says 0/0.
 */
final class FtraceFile {
  /** Room for two counts of up to 19 digits (a {@code long}) in place of "0". */
  private static final int PAD = 2 * 18;

  private final Path path;
  private final FileChannel channel;
  private final Writer out;
  private long countOffset = -1;
  private int cpus;
  private boolean closed;

  private FtraceFile(Path path, FileChannel channel) {
    this.path = path;
    this.channel = channel;
    this.out = new BufferedWriter(Channels.newWriter(channel, UTF_8), 1 << 16);
  }

  /** Creates (or truncates) the file. */
  static FtraceFile create(Path path) {
    try {
      return new FtraceFile(path, FileChannel.open(path, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE));
    } catch (IOException e) {
      throw Traces.failure(path, e);
    }
  }

  /** The file's path. */
  Path path() {
    return path;
  }

  /** Writes the header for a host of {@code cpus} online CPUs, with a count to be patched. */
  void header(int cpus) {
    this.cpus = cpus;
    countOffset = FtraceLines.BANNER.length();
    write(FtraceLines.BANNER);
    write(FtraceLines.countLine(0, cpus));
    write("#" + " ".repeat(PAD) + "\n");
    write(FtraceLines.LEGEND);
  }

  /** Appends text. */
  void write(CharSequence text) {
    try {
      out.append(text);
    } catch (IOException e) {
      throw Traces.failure(path, e);
    }
  }

  /** Flushes, patches the entry count to {@code entries} and closes; idempotent. */
  void close(long entries) {
    if (closed) {
      return;
    }
    closed = true;
    try (Writer w = out) {
      w.flush();
      if (countOffset >= 0) {
        patchCount(entries);
      }
    } catch (IOException e) {
      throw Traces.failure(path, e);
    }
  }

  private void patchCount(long entries) throws IOException {
    String oldLine = FtraceLines.countLine(0, cpus);
    String newLine = FtraceLines.countLine(entries, cpus);
    int grown = newLine.length() - oldLine.length();
    String patch = newLine + "#" + " ".repeat(PAD - grown) + "\n";
    ByteBuffer bytes = ByteBuffer.wrap(patch.getBytes(US_ASCII));
    long at = countOffset;
    while (bytes.hasRemaining()) {
      at += channel.write(bytes, at);
    }
  }
}
