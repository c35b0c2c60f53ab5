package org.hvsched.core.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens the trace files of a run ({@code --trace}, {@code --trace-json}) and closes them. Files
 * are created when opened, so a path that cannot be written fails before the run starts. Every
 * I/O failure is an {@link UncheckedIOException} whose message names the file.
 */
public final class Traces {
  private Traces() {}

  /** An ftrace text writer on {@code path} (created or truncated). */
  public static TraceSink ftrace(Path path) {
    return FtraceWriter.open(path);
  }

  /**
   * A Chrome trace-event JSON writer on {@code path}, with the ftrace text embedded as
   * {@code systemTraceEvents}; a name ending in {@code .gz} is gzip-compressed.
   */
  public static TraceSink chromeJson(Path path) {
    return ChromeTraceWriter.open(path, true);
  }

  /**
   * The sinks a run asked for: ftrace text on {@code ftracePath} and Chrome JSON on
   * {@code jsonPath}, either may be null; {@link TraceSink#NONE} when both are. If the second
   * file cannot be created, the first is closed before the failure is thrown.
   */
  public static TraceSink open(Path ftracePath, Path jsonPath) {
    List<TraceSink> sinks = new ArrayList<>();
    try {
      if (ftracePath != null) {
        sinks.add(ftrace(ftracePath));
      }
      if (jsonPath != null) {
        sinks.add(chromeJson(jsonPath));
      }
    } catch (RuntimeException e) {
      closeQuietly(sinks, e);
      throw e;
    }
    return combine(sinks);
  }

  /** One sink for all of {@code sinks}: NONE if none is enabled, the sink itself if one is. */
  public static TraceSink combine(List<? extends TraceSink> sinks) {
    CompositeTraceSink all = new CompositeTraceSink(sinks);
    return switch (all.sinks().size()) {
      case 0 -> TraceSink.NONE;
      case 1 -> all.sinks().get(0);
      default -> all;
    };
  }

  /**
   * Closes every sink, even when one fails; rethrows the first failure with the later ones
   * suppressed.
   */
  public static void closeAll(List<? extends TraceSink> sinks) {
    RuntimeException first = null;
    for (TraceSink s : sinks) {
      try {
        s.close();
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /** The exception for an I/O failure on a trace file. */
  static UncheckedIOException failure(Path path, IOException cause) {
    return new UncheckedIOException("cannot write trace file " + path + ": " + cause, cause);
  }

  private static void closeQuietly(List<TraceSink> sinks, RuntimeException primary) {
    try {
      closeAll(sinks);
    } catch (RuntimeException e) {
      primary.addSuppressed(e);
    }
  }
}
