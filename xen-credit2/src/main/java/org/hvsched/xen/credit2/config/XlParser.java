package org.hvsched.xen.credit2.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hvsched.topology.InputException;
import org.hvsched.xen.credit2.config.XlLexer.Kind;
import org.hvsched.xen.credit2.config.XlLexer.Token;

/**
 * The {@code xl.cfg} grammar of {@code libxlu_cfg_y.y}: statements {@code key = value} or
 * {@code key += value} ended by a newline or {@code ;} (the last one may end the file); values
 * are atoms or bracketed lists, which may nest, span lines and end with a comma. A later
 * assignment replaces an earlier one; {@code +=} appends to the earlier value of the same key
 * (string to string, list to list).
 */
final class XlParser {
  /** One key's value and where it was (last) set. */
  record Setting(String key, XlValue value, int line, int column) {}

  private final String file;
  private final List<Token> tokens;
  private int i;

  XlParser(String file, String text) {
    this.file = file;
    this.tokens = new XlLexer(file, text).tokens();
  }

  /** Every key in order of first appearance, with its final value. */
  Map<String, Setting> parse() {
    Map<String, Setting> out = new LinkedHashMap<>();
    while (peek().kind() != Kind.EOF) {
      Token t = next();
      if (t.kind() == Kind.NEWLINE || t.kind() == Kind.SEMICOLON) {
        continue;
      }
      if (t.kind() != Kind.IDENT) {
        throw syntax(t, "a key (lower-case letters, digits, '.', '_')");
      }
      Token op = next();
      if (op.kind() != Kind.ASSIGN && op.kind() != Kind.ADD) {
        throw syntax(op, "'=' or '+=' after " + t.text());
      }
      XlValue v = value();
      Token end = next();
      if (end.kind() != Kind.NEWLINE && end.kind() != Kind.SEMICOLON && end.kind() != Kind.EOF) {
        throw syntax(end, "end of line or ';' after the value of " + t.text());
      }
      if (end.kind() == Kind.EOF) {
        i--;
      }
      Setting previous = out.get(t.text());
      if (op.kind() == Kind.ADD && previous != null) {
        v = concat(previous.value(), v, t);
      }
      out.remove(t.text());
      out.put(t.text(), new Setting(t.text(), v, t.line(), t.column()));
    }
    return out;
  }

  private XlValue value() {
    Token t = next();
    switch (t.kind()) {
      case STRING:
        return new XlValue.Atom(t.text(), true, t.line(), t.column());
      case NUMBER:
        return new XlValue.Atom(t.text(), false, t.line(), t.column());
      case LBRACKET:
        return list(t);
      default:
        throw syntax(t, "a value (a quoted string, a number or a [list])");
    }
  }

  private XlValue list(Token open) {
    List<XlValue> items = new ArrayList<>();
    skipNewlines();
    while (peek().kind() != Kind.RBRACKET) {
      items.add(value());
      skipNewlines();
      Token sep = peek();
      if (sep.kind() == Kind.COMMA) {
        next();
        skipNewlines();
      } else if (sep.kind() != Kind.RBRACKET) {
        throw syntax(sep, "',' or ']' in the list opened at line " + open.line());
      }
    }
    next();
    return new XlValue.XlList(items, open.line(), open.column());
  }

  private XlValue concat(XlValue before, XlValue add, Token key) {
    if (before instanceof XlValue.Atom a && add instanceof XlValue.Atom b) {
      return new XlValue.Atom(a.text() + b.text(), true, b.line(), b.column());
    }
    if (before instanceof XlValue.XlList a && add instanceof XlValue.XlList b) {
      List<XlValue> all = new ArrayList<>(a.items());
      all.addAll(b.items());
      return new XlValue.XlList(all, b.line(), b.column());
    }
    throw new InputException(file, key.line(), key.column(),
        "can't add [list] to \"string\" or vice versa (" + key.text() + " +=)");
  }

  private void skipNewlines() {
    while (peek().kind() == Kind.NEWLINE) {
      i++;
    }
  }

  private Token peek() {
    return tokens.get(i);
  }

  private Token next() {
    return tokens.get(i++);
  }

  private InputException syntax(Token t, String expected) {
    String found = t.kind() == Kind.NEWLINE ? "end of line" : t.kind() == Kind.EOF
        ? "end of file" : "'" + t.text() + "'";
    return new InputException(file, t.line(), t.column(),
        "syntax error: found " + found + ", expected " + expected);
  }
}
