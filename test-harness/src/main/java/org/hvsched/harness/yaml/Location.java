package org.hvsched.harness.yaml;

import org.hvsched.topology.InputException;

/**
 * Where a YAML node starts: the file (as the user named it), 1-based line and column.
 *
 * @param file the file name for messages (may be empty for inline text)
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record Location(String file, int line, int column) {

  /** An error at this place: {@code FILE:LINE:COL: message}. */
  public InputException error(String message) {
    return new InputException(file, line, column, message);
  }

  /** An error at this place keeping its cause. */
  public InputException error(String message, Throwable cause) {
    return new InputException(file, line, column, message, cause);
  }
}
