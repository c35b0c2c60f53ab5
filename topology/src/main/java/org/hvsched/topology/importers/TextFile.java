package org.hvsched.topology.importers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InputException;

/** Reading small text files the way the importers need: whole, NUL padding stripped. */
final class TextFile {
  private TextFile() {}

  /** The file's text with trailing NULs removed ({@code tar} pads sysfs files to 4096 bytes). */
  static String read(Path file) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      int end = text.length();
      while (end > 0 && text.charAt(end - 1) == '\0') {
        end--;
      }
      return text.substring(0, end);
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read: " + e.getMessage());
    }
  }

  /** The lines of {@link #read}. */
  static List<String> lines(Path file) {
    return read(file).lines().toList();
  }

  /** A one-line file, trimmed. */
  static String value(Path file) {
    return read(file).strip();
  }

  /** A one-line integer file. */
  static int intValue(Path file) {
    String v = value(file);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new InputException(file.toString(), 1, 1, "found '" + v + "', expected an integer");
    }
  }

  /** A one-line CPU list file ({@code *_list}, {@code online}, {@code cpulist}). */
  static CpuSet cpus(Path file) {
    try {
      return CpuSet.parseList(read(file));
    } catch (IllegalArgumentException e) {
      throw new InputException(file.toString(), 1, 1, e.getMessage(), e);
    }
  }

  /** A one-line sysfs hex mask file. */
  static CpuSet mask(Path file) {
    try {
      return CpuSet.parseHexMask(read(file));
    } catch (IllegalArgumentException e) {
      throw new InputException(file.toString(), 1, 1, e.getMessage(), e);
    }
  }
}
