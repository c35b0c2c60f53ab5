package org.hvsched.topology;

/**
 * Bad input from a file or a command-line value: malformed syntax, an inconsistent description, a
 * missing required element. Every parser in hvsched throws it; the CLI prints {@link #getMessage()}
 * as one line ({@code hvsched: error: FILE:LINE:COL: message}) and exits with status 2.
 *
 * <p>{@code line} and {@code column} are 1-based; 0 means unknown and is left out of the message.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String detail;

  /**
   * @param file the file (or a name for the source, e.g. {@code "--topology"}); null or empty if
   *     there is none
   * @param line 1-based line, 0 if unknown
   * @param column 1-based column, 0 if unknown
   * @param message what was found and what was expected
   */
  public InputException(String file, int line, int column, String message) {
    this(file, line, column, message, null);
  }

  /** Like {@link #InputException(String, int, int, String)}, keeping the underlying cause. */
  public InputException(String file, int line, int column, String message, Throwable cause) {
    super(format(file, line, column, message), cause);
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
    }
    this.file = file == null ? "" : file;
    this.line = line;
    this.column = column;
    this.detail = message;
  }

  /** An error about a whole file (no line known). */
  public InputException(String file, String message) {
    this(file, 0, 0, message);
  }

  /** The file or source name; empty if there is none. */
  public String file() {
    return file;
  }

  /** The 1-based line, 0 if unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column, 0 if unknown. */
  public int column() {
    return column;
  }

  /** The message without the position prefix. */
  public String detail() {
    return detail;
  }

  private static String format(String file, int line, int column, String message) {
    StringBuilder sb = new StringBuilder();
    if (file != null && !file.isEmpty()) {
      sb.append(file);
      if (line > 0) {
        sb.append(':').append(line);
        if (column > 0) {
          sb.append(':').append(column);
        }
      }
      sb.append(": ");
    } else if (line > 0) {
      sb.append("line ").append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
      sb.append(": ");
    }
    return sb.append(message).toString();
  }
}
