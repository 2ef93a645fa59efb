package org.ecrf.export.define;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.transform.sax.TransformerHandler;
import org.ecrf.shared.XmlSerializer;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Writes the elements of a define to a stream as they come (UTF-8, XML 1.0), through the JDK's XML
 * serializer fed with SAX events: nothing of the document is kept but the path of open elements.
 * The serializer does all escaping, including tabs and line breaks in attribute values, which the
 * JDK's XMLStreamWriter would leave for a reader to turn into spaces. Characters XML 1.0 cannot
 * carry are refused with the element path.
 */
final class DefineXmlOut {

  static final String ODM = "http://www.cdisc.org/ns/odm/v1.3";
  static final String DEF = "http://www.cdisc.org/ns/def/v2.1";
  static final String XLINK = "http://www.w3.org/1999/xlink";

  private final TransformerHandler handler;
  private final Deque<OpenElement> open = new ArrayDeque<>();

  private DefineXmlOut(TransformerHandler handler) {
    this.handler = handler;
  }

  /** Starts the document and declares the ODM (default), def and xlink namespaces. */
  static DefineXmlOut open(OutputStream out) throws IOException {
    TransformerHandler handler = XmlSerializer.to(out);
    try {
      handler.startDocument();
      handler.startPrefixMapping("", ODM);
      handler.startPrefixMapping("def", DEF);
      handler.startPrefixMapping("xlink", XLINK);
      return new DefineXmlOut(handler);
    } catch (SAXException e) {
      throw failed(e);
    }
  }

  /** Opens an ODM element; {@code label} names it in messages ("ItemDef IT.LB.LBTESTCD"). */
  void start(String element, String label, Attrs attrs) throws IOException {
    start(ODM, element, element, label, attrs);
  }

  /** Opens a def: element. */
  void startDef(String element, String label, Attrs attrs) throws IOException {
    start(DEF, element, "def:" + element, label, attrs);
  }

  private void start(String uri, String local, String qualified, String label, Attrs attrs)
      throws IOException {
    open.addLast(new OpenElement(uri, local, qualified, label));
    try {
      handler.startElement(uri, local, qualified, attrs.checked(this));
    } catch (SAXException e) {
      throw failed(e);
    }
  }

  /** Closes the innermost open element. */
  void end() throws IOException {
    OpenElement element = open.removeLast();
    try {
      handler.endElement(element.uri(), element.local(), element.qualified());
    } catch (SAXException e) {
      throw failed(e);
    }
  }

  /** An ODM element without content. */
  void empty(String element, Attrs attrs) throws IOException {
    start(element, element, attrs);
    end();
  }

  /** A def: element without content. */
  void emptyDef(String element, Attrs attrs) throws IOException {
    startDef(element, element, attrs);
    end();
  }

  /** Text content of the innermost open element. */
  void text(String text) throws IOException {
    check(text, "the text");
    try {
      handler.characters(text.toCharArray(), 0, text.length());
    } catch (SAXException e) {
      throw failed(e);
    }
  }

  /** An ODM element holding only text. */
  void textElement(String element, String text) throws IOException {
    start(element, element, Attrs.none());
    text(text);
    end();
  }

  /** A {@code wrapper} (Description, Decode) holding one English TranslatedText. */
  void translated(String wrapper, String text) throws IOException {
    start(wrapper, wrapper, Attrs.none());
    start("TranslatedText", "TranslatedText", Attrs.none().xml("lang", "en"));
    text(text);
    end();
    end();
  }

  /** Ends the document and flushes it to the stream. */
  void finish() throws IOException {
    try {
      handler.endPrefixMapping("xlink");
      handler.endPrefixMapping("def");
      handler.endPrefixMapping("");
      handler.endDocument();
    } catch (SAXException e) {
      throw failed(e);
    }
  }

  /** Refuses characters XML 1.0 cannot carry, naming the value and where it would have gone. */
  void check(String value, String what) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (!XmlCharacters.allowed(c)) {
        throw new IllegalArgumentException(
            String.format(
                "%s of %s holds U+%04X at position %d, which XML 1.0 cannot carry",
                what, path(), c, i));
      }
      i += Character.charCount(c);
    }
  }

  private String path() {
    StringBuilder path = new StringBuilder();
    for (OpenElement element : open) {
      path.append(path.length() == 0 ? "" : " / ").append(element.label());
    }
    return path.toString();
  }

  private static IOException failed(SAXException e) {
    return e.getException() instanceof IOException io
        ? io
        : new IOException("The define could not be written: " + e.getMessage(), e);
  }

  /** An element written but not yet closed; {@code label} names it in messages. */
  private record OpenElement(String uri, String local, String qualified, String label) {}

  /** The attributes of one element, in the order given; a null value leaves it out. */
  static final class Attrs {
    private final AttributesImpl values = new AttributesImpl();

    static Attrs none() {
      return new Attrs();
    }

    /** An attribute without namespace (the ODM attributes). */
    Attrs add(String name, String value) {
      return add("", name, name, value);
    }

    Attrs def(String name, String value) {
      return add(DEF, name, "def:" + name, value);
    }

    Attrs xlink(String name, String value) {
      return add(XLINK, name, "xlink:" + name, value);
    }

    Attrs xml(String name, String value) {
      return add(XMLConstants.XML_NS_URI, name, "xml:" + name, value);
    }

    private Attrs add(String uri, String local, String qualified, String value) {
      if (value != null) {
        values.addAttribute(uri, local, qualified, "CDATA", value);
      }
      return this;
    }

    AttributesImpl checked(DefineXmlOut out) {
      for (int i = 0; i < values.getLength(); i++) {
        out.check(values.getValue(i), "the attribute " + values.getQName(i));
      }
      return values;
    }
  }
}
