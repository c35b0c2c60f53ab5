package org.hvsched.harness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.hvsched.topology.InputException;

/**
 * Output paths: checked before anything runs (a path that cannot be written is a usage error,
 * spec.md section 1), and written atomically (a temporary file in the same directory, created
 * with the default permissions, then a rename), so a reader never sees half a file.
 */
public final class OutputFiles {
  private OutputFiles() {}

  /** Makes temporary names unique within this process (the pid, across processes). */
  private static final java.util.concurrent.atomic.AtomicLong TEMP_COUNTER =
      new java.util.concurrent.atomic.AtomicLong();

  /**
   * Checks that file {@code file} (given to {@code option}) can be written: its directory exists
   * and is writable, and it is not a directory nor a read-only file.
   *
   * @throws InputException naming the option and the path
   */
  public static void checkFile(String option, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    if (Files.isDirectory(abs)) {
      throw bad(option, file, "is a directory; expected a file name");
    }
    if (Files.exists(abs) && !Files.isWritable(abs)) {
      throw bad(option, file, "exists and is not writable");
    }
    Path dir = abs.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw bad(option, file, "cannot be written: directory " + dir + " does not exist");
    }
    if (!Files.isWritable(dir)) {
      throw bad(option, file, "cannot be written: directory " + dir + " is not writable");
    }
  }

  /**
   * Checks that directory {@code dir} (given to {@code option}) exists and is writable, or can
   * be created: its nearest existing ancestor is a writable directory. Creates nothing.
   *
   * @throws InputException naming the option and the path
   */
  public static void checkDirectory(String option, Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    if (Files.exists(abs)) {
      if (!Files.isDirectory(abs)) {
        throw bad(option, dir, "exists and is not a directory");
      }
      if (!Files.isWritable(abs)) {
        throw bad(option, dir, "is not writable");
      }
      Path charts = abs.resolve("charts");
      if (Files.exists(charts) && (!Files.isDirectory(charts) || !Files.isWritable(charts))) {
        throw bad(option, dir, "holds " + charts + ", which is not a writable directory");
      }
      return;
    }
    Path ancestor = abs.getParent();
    while (ancestor != null && !Files.exists(ancestor)) {
      ancestor = ancestor.getParent();
    }
    if (ancestor == null || !Files.isDirectory(ancestor) || !Files.isWritable(ancestor)) {
      throw bad(option, dir, "cannot be created: " + ancestor + " is not a writable directory");
    }
  }

  /** Writes {@code content} to {@code target} atomically (temp file + rename). */
  public static void write(Path target, byte[] content) {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    try {
      Files.createDirectories(dir);
      Path tmp = dir.resolve("." + abs.getFileName() + "." + ProcessHandle.current().pid() + "-"
          + TEMP_COUNTER.incrementAndGet() + ".tmp");
      try {
        Files.write(tmp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        move(tmp, abs);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@code text} as UTF-8. */
  public static void write(Path target, String text) {
    write(target, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static InputException bad(String option, Path path, String what) {
    return new InputException(option, option + " " + path + " " + what);
  }
}
