package org.hvsched.harness.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hvsched.topology.InputException;

/**
 * Checks, before anything runs, that an output path can be written (spec.md section 1: an
 * unwritable output is a usage error, exit 2).
 */
final class OutputPaths {
  private OutputPaths() {}

  /** {@code file} can be created or replaced; {@code option} names it in the message. */
  static void checkWritableFile(Path file, String option) {
    Path abs = file.toAbsolutePath();
    if (Files.isDirectory(abs)) {
      throw new InputException(option, "'" + file + "' is a folder, expected a file to write");
    }
    if (Files.exists(abs) && !Files.isWritable(abs)) {
      throw new InputException(option, "'" + file + "' is not writable");
    }
    checkFolder(abs.getParent(), file, option);
  }

  /** {@code dir} is a writable folder or can be created in one; {@code option} names it. */
  static void checkWritableDir(Path dir, String option) {
    Path abs = dir.toAbsolutePath();
    if (Files.exists(abs)) {
      if (!Files.isDirectory(abs)) {
        throw new InputException(option, "'" + dir + "' is a file, expected a folder");
      }
      if (!Files.isWritable(abs)) {
        throw new InputException(option, "folder '" + dir + "' is not writable");
      }
      return;
    }
    checkFolder(abs.getParent(), dir, option);
  }

  private static void checkFolder(Path parent, Path target, String option) {
    if (parent == null || !Files.isDirectory(parent)) {
      throw new InputException(option, "cannot write '" + target + "': folder '" + parent
          + "' does not exist");
    }
    if (!Files.isWritable(parent)) {
      throw new InputException(option, "cannot write '" + target + "': folder '" + parent
          + "' is not writable");
    }
  }
}
