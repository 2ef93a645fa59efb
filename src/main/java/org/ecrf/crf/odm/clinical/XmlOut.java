package org.ecrf.crf.odm.clinical;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javax.xml.transform.sax.TransformerHandler;
import org.ecrf.shared.XmlSerializer;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Writes ODM elements to a stream as they come, through the JDK's XML serializer, which does all
 * escaping. The serializer is fed SAX events rather than driven through the JDK's XMLStreamWriter
 * because that writer leaves tabs, line feeds and carriage returns in attribute values unescaped,
 * and a reader then turns them into spaces (XML attribute-value normalisation): an item Value with
 * a line break would not come back as written. The serializer writes them as character references.
 * Characters XML 1.0 cannot carry at all are refused with the element path.
 */
final class XmlOut {

  private final TransformerHandler handler;
  private final Deque<String> path = new ArrayDeque<>();

  private XmlOut(TransformerHandler handler) {
    this.handler = handler;
  }

  /** Starts a UTF-8 document whose default namespace is ODM 1.3. */
  static XmlOut open(OutputStream out) throws IOException {
    TransformerHandler handler = XmlSerializer.to(out);
    try {
      XmlOut xml = new XmlOut(handler);
      handler.startDocument();
      handler.startPrefixMapping("", OdmNames.ODM);
      return xml;
    } catch (SAXException e) {
      throw failed(e);
    }
  }

  /** Opens an element; {@code label} names it in messages (ItemData I.WEIGHT). */
  void start(String element, String label, Attributes attributes) throws IOException {
    path.addLast(label);
    try {
      handler.startElement(OdmNames.ODM, element, element, attributes.checked(this));
    } catch (SAXException e) {
      throw failed(e);
    }
  }

  void end(String element) throws IOException {
    try {
      handler.endElement(OdmNames.ODM, element, element);
    } catch (SAXException e) {
      throw failed(e);
    }
    path.removeLast();
  }

  /** An element without content. */
  void empty(String element, Attributes attributes) throws IOException {
    start(element, element, attributes);
    end(element);
  }

  /** An element holding only text. */
  void text(String element, Attributes attributes, String text) throws IOException {
    start(element, element, attributes);
    XmlChars.check(text, "the text of " + element, this);
    try {
      handler.characters(text.toCharArray(), 0, text.length());
    } catch (SAXException e) {
      throw failed(e);
    }
    end(element);
  }

  /** A DateTimeStamp-like element: the instant in UTC, ISO 8601. */
  void time(String element, Instant instant) throws IOException {
    text(element, Attributes.none(), utc(instant));
  }

  /** Ends the document and flushes it to the stream. */
  void finish() throws IOException {
    try {
      handler.endPrefixMapping("");
      handler.endDocument();
    } catch (SAXException e) {
      throw failed(e);
    }
  }

  /** Where the writer is, for messages: SubjectData 001 / StudyEventData SE.WEEK0[1] / … */
  String path() {
    return String.join(" / ", path);
  }

  static String utc(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  private static IOException failed(SAXException e) {
    return e.getException() instanceof IOException io
        ? io
        : new IOException("The ODM document could not be written: " + e.getMessage(), e);
  }

  /** The attributes of one element, in the order given; absent optional values are left out. */
  static final class Attributes {
    private final AttributesImpl values = new AttributesImpl();

    static Attributes none() {
      return new Attributes();
    }

    /** Adds the attribute; a null value leaves it out. */
    Attributes add(String name, String value) {
      if (value != null) {
        values.addAttribute("", name, name, "CDATA", value);
      }
      return this;
    }

    /** Adds an attribute of the XML namespace ({@code xml:lang}). */
    Attributes addXml(String localName, String value) {
      values.addAttribute(OdmNames.XML, localName, "xml:" + localName, "CDATA", value);
      return this;
    }

    Attributes add(String name, Optional<String> value) {
      value.ifPresent(present -> add(name, present));
      return this;
    }

    AttributesImpl checked(XmlOut out) {
      for (int i = 0; i < values.getLength(); i++) {
        XmlChars.check(values.getValue(i), "the attribute " + values.getLocalName(i), out);
      }
      return values;
    }
  }
}
