package org.hvsched.xen.credit2.config;

import java.util.ArrayList;
import java.util.List;
import org.hvsched.topology.InputException;

/**
 * Tokens of an {@code xl.cfg} file as {@code libxlu_cfg_l.l} defines them: identifiers
 * {@code [a-z][._0-9a-z]*}, numbers {@code [0-9][0-9a-fx]*}, quoted strings with backslash
 * escapes and no raw newline, {@code , [ ] = += ;}, newlines (a {@code #} comment runs to the end
 * of the line); spaces and tabs separate. Anything else is a lexical error, as in xl.
 */
final class XlLexer {
  /** Token kinds. */
  enum Kind { IDENT, NUMBER, STRING, COMMA, LBRACKET, RBRACKET, ASSIGN, ADD, SEMICOLON, NEWLINE, EOF }

  /** One token with its text (dequoted for strings) and position. */
  record Token(Kind kind, String text, int line, int column) {}

  private final String file;
  private final String src;
  private int pos;
  private int line = 1;
  private int lineStart;

  XlLexer(String file, String src) {
    this.file = file;
    this.src = src;
  }

  List<Token> tokens() {
    List<Token> out = new ArrayList<>();
    while (true) {
      Token t = next();
      out.add(t);
      if (t.kind() == Kind.EOF) {
        return out;
      }
    }
  }

  private Token next() {
    while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t'
        || src.charAt(pos) == '\r')) {
      pos++;
    }
    int col = pos - lineStart + 1;
    if (pos >= src.length()) {
      return new Token(Kind.EOF, "", line, col);
    }
    char c = src.charAt(pos);
    if (c == '#') {
      while (pos < src.length() && src.charAt(pos) != '\n') {
        pos++;
      }
      return next();
    }
    if (c == '\n') {
      Token t = new Token(Kind.NEWLINE, "\n", line, col);
      pos++;
      line++;
      lineStart = pos;
      return t;
    }
    if (c >= 'a' && c <= 'z') {
      return word(Kind.IDENT, col, "._0123456789abcdefghijklmnopqrstuvwxyz");
    }
    if (c >= '0' && c <= '9') {
      return word(Kind.NUMBER, col, "0123456789abcdefx");
    }
    if (c == '\'' || c == '"') {
      return string(c, col);
    }
    pos++;
    switch (c) {
      case ',':
        return new Token(Kind.COMMA, ",", line, col);
      case '[':
        return new Token(Kind.LBRACKET, "[", line, col);
      case ']':
        return new Token(Kind.RBRACKET, "]", line, col);
      case '=':
        return new Token(Kind.ASSIGN, "=", line, col);
      case ';':
        return new Token(Kind.SEMICOLON, ";", line, col);
      case '+':
        if (pos < src.length() && src.charAt(pos) == '=') {
          pos++;
          return new Token(Kind.ADD, "+=", line, col);
        }
        break;
      default:
        break;
    }
    throw error(col, "lexical error at '" + c + "'" + (c == '-' || c == '(' || c == '.'
        || c == ':' ? " (this looks like Python; xl.cfg numbers have no sign and strings are"
        + " quoted)" : c >= 'A' && c <= 'Z' ? " (keys are lower case)" : ""));
  }

  private Token word(Kind kind, int col, String allowed) {
    int start = pos;
    while (pos < src.length() && allowed.indexOf(src.charAt(pos)) >= 0) {
      pos++;
    }
    return new Token(kind, src.substring(start, pos), line, col);
  }

  private Token string(char quote, int col) {
    StringBuilder sb = new StringBuilder();
    pos++;
    while (true) {
      if (pos >= src.length() || src.charAt(pos) == '\n') {
        throw error(col, "unterminated string (a quoted string ends on its own line)");
      }
      char c = src.charAt(pos++);
      if (c == quote) {
        return new Token(Kind.STRING, sb.toString(), line, col);
      }
      if (c == '\\') {
        escape(sb, col);
      } else {
        sb.append(c);
      }
    }
  }

  /** {@code xlu__cfgl_dequote}'s escapes. */
  private void escape(StringBuilder sb, int col) {
    if (pos >= src.length() || src.charAt(pos) == '\n') {
      throw error(col, "backslash at the end of a line inside a string");
    }
    char e = src.charAt(pos++);
    switch (e) {
      case '"', '\'', '\\' -> sb.append(e);
      case 'a' -> sb.append('\007');
      case 'b' -> sb.append('\b');
      case 'f' -> sb.append('\f');
      case 'n' -> sb.append('\n');
      case 'r' -> sb.append('\r');
      case 't' -> sb.append('\t');
      case 'v' -> sb.append('\013');
      case 'x' -> throw error(col, "invalid digit after backslash hex numerical character"
          + " escape in quoted string (xl rejects every \\x escape)");
      default -> {
        if (e >= '0' && e <= '7') {
          throw error(col, "numeric escape \\" + e + " in a quoted string: xl drops such"
              + " escapes and the digits after them; write the character itself");
        }
        throw error(col, "invalid character after backslash in quoted string: '" + e + "'");
      }
    }
  }

  private InputException error(int col, String message) {
    return new InputException(file, line, col, message);
  }
}
