package org.hvsched.xen.credit2.config;

import java.util.List;

/**
 * A value in an {@code xl.cfg} file ({@code libxlu_cfg_y.y}): an atom (quoted string or bare
 * number, both kept as text, as libxlu keeps them) or a list of values, with the line and column
 * where it starts.
 */
public sealed interface XlValue {
  /** 1-based line of the value. */
  int line();

  /** 1-based column of the value. */
  int column();

  /** A string or number. */
  record Atom(String text, boolean quoted, int line, int column) implements XlValue {}

  /** A bracketed list. */
  record XlList(List<XlValue> items, int line, int column) implements XlValue {
    public XlList {
      items = List.copyOf(items);
    }
  }
}
