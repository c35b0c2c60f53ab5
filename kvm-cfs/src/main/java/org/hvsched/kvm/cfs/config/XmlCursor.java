package org.hvsched.kvm.cfs.config;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.hvsched.topology.InputException;

/**
 * A forward-only walk over an XML document (StAX) that knows its file and reports every
 * problem as an {@link InputException} with line and column. DTDs and external entities are
 * refused, so reading a file never touches the network or other files.
 */
final class XmlCursor {
  private final String file;
  private final XMLStreamReader r;

  XmlCursor(String file, InputStream in) {
    this.file = file;
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    try {
      this.r = f.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw malformed(e);
    }
  }

  /** Moves to the root element; a DOCTYPE is refused. */
  String root() {
    try {
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.DTD) {
          throw error("a DOCTYPE declaration, expected none (DTDs and entities are refused)");
        }
        if (ev == XMLStreamConstants.START_ELEMENT) {
          return name();
        }
      }
    } catch (XMLStreamException e) {
      throw malformed(e);
    }
    throw new InputException(file, "no root element, expected <domain>");
  }

  /** The current element's name, with its prefix when it has one ({@code qemu:commandline}). */
  String name() {
    String prefix = r.getPrefix();
    return prefix == null || prefix.isEmpty() ? r.getLocalName()
        : prefix + ":" + r.getLocalName();
  }

  /** "LINE:COL" of the current event. */
  String where() {
    Location l = r.getLocation();
    return l.getLineNumber() + ":" + l.getColumnNumber();
  }

  /** The next child element of the current one, or null at its end tag. */
  String nextChild() {
    try {
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          return name();
        }
        if (ev == XMLStreamConstants.END_ELEMENT) {
          return null;
        }
        if (ev == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace()) {
          throw error("text '" + r.getText().trim() + "' where elements were expected");
        }
        if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
          throw error("an entity reference, expected none");
        }
      }
    } catch (XMLStreamException e) {
      throw malformed(e);
    }
    throw new InputException(file, "the document ends inside an element");
  }

  /** Skips the current element and everything in it. */
  void skip() {
    try {
      int depth = 1;
      while (depth > 0) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          depth++;
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    } catch (XMLStreamException e) {
      throw malformed(e);
    }
  }

  /** The text content of a simple element (no children), trimmed. */
  String text() {
    try {
      return r.getElementText().trim();
    } catch (XMLStreamException e) {
      throw malformed(e);
    }
  }

  /** An attribute, or null; any attribute outside {@code allowed} is an error. */
  String attr(String attrName, Set<String> allowed) {
    checkAttributes(allowed);
    return r.getAttributeValue(null, attrName);
  }

  /** Fails on an attribute of the current element that is not in {@code allowed}. */
  void checkAttributes(Set<String> allowed) {
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String n = r.getAttributeLocalName(i);
      if (!allowed.contains(n)) {
        bad.add(n);
      }
    }
    if (!bad.isEmpty()) {
      throw error("unknown attribute " + bad.get(0) + " on <" + name() + ">, expected one of "
          + String.join(", ", allowed.stream().sorted().toList()));
    }
  }

  /** An error at the current position. */
  InputException error(String message) {
    Location l = r.getLocation();
    return new InputException(file, Math.max(0, l.getLineNumber()),
        Math.max(0, l.getColumnNumber()), message);
  }

  private InputException malformed(XMLStreamException e) {
    Location l = e.getLocation();
    String msg = e.getMessage() == null ? "malformed XML" : e.getMessage();
    int cut = msg.indexOf("Message: ");
    msg = cut >= 0 ? msg.substring(cut + 9) : msg;
    return new InputException(file, l == null ? 0 : Math.max(0, l.getLineNumber()),
        l == null ? 0 : Math.max(0, l.getColumnNumber()), "malformed XML: " + msg.trim(), e);
  }
}
