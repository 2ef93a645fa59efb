package org.ecrf.crf.odm.clinical;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A safe forward-only walk over XML with StAX: a DOCTYPE stops the reading (so no entity can expand
 * and no external entity or DTD is reached), text is coalesced, nesting depth and input size are
 * limited, and every position is known. The JDK's built-in StAX implementation is used whatever
 * else is on the class path.
 *
 * <p>Callers descend element by element: {@link #nextChild} moves to the next child element of the
 * current one, and the caller then reads or {@link #skipElement skips} that child completely.
 */
final class XmlCursor implements AutoCloseable {

  /** One attribute of the current element. */
  record Attribute(String namespace, String localName, String qualifiedName, String value) {}

  /**
   * Receives text that is not whitespace where only elements are expected, or the name of an
   * element where only text is expected.
   */
  interface StrayText {
    void found(String text, SourcePosition position);
  }

  private final XMLStreamReader reader;
  private final LimitedInputStream input;
  private final int maxDepth;
  private int depth;
  private SourcePosition position = SourcePosition.NONE;

  private XmlCursor(XMLStreamReader reader, LimitedInputStream input, int maxDepth) {
    this.reader = reader;
    this.input = input;
    this.maxDepth = maxDepth;
  }

  static XmlCursor open(InputStream content, ReadOptions options) throws StopReading {
    LimitedInputStream input = new LimitedInputStream(content, options.maxBytes());
    try {
      return new XmlCursor(newFactory().createXMLStreamReader(input), input, options.maxDepth());
    } catch (XMLStreamException e) {
      throw stop(e, input);
    }
  }

  private static XMLInputFactory newFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return factory;
  }

  /** The next event, with the depth and DOCTYPE checks; the raw event for the schema pass. */
  int next() throws StopReading {
    try {
      int event = reader.next();
      position = new SourcePosition(line(reader.getLocation()), column(reader.getLocation()));
      switch (event) {
        case XMLStreamConstants.DTD -> throw doctype();
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          if (depth > maxDepth) {
            throw new StopReading(
                ClinicalFaultKind.TOO_DEEP,
                position,
                "Elements are nested more than " + maxDepth + " levels deep.");
          }
        }
        case XMLStreamConstants.END_ELEMENT -> depth--;
        default -> {
          // text, comments, processing instructions and the document's end change no depth
        }
      }
      return event;
    } catch (XMLStreamException e) {
      throw stop(e, input);
    }
  }

  boolean hasNext() throws StopReading {
    try {
      return reader.hasNext();
    } catch (XMLStreamException e) {
      throw stop(e, input);
    }
  }

  /** Moves to the root element; false for a document without one. */
  boolean toRootElement() throws StopReading {
    while (hasNext()) {
      if (next() == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
    }
    return false;
  }

  /**
   * From the start of an element (or its previous child's end), moves to its next child element and
   * returns true, or consumes its end tag and returns false.
   */
  boolean nextChild(StrayText strayText) throws StopReading {
    while (true) {
      int event = next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          return true;
        }
        case XMLStreamConstants.END_ELEMENT -> {
          return false;
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (!reader.isWhiteSpace()) {
            strayText.found(reader.getText(), position);
          }
        }
        default -> {
          // whitespace, comments and processing instructions carry no data
        }
      }
    }
  }

  /** From the start of an element, consumes it with everything inside. */
  void skipElement() throws StopReading {
    int target = depth - 1;
    while (depth > target) {
      next();
    }
  }

  /**
   * From the start of a text-only element, reads its text and consumes its end tag. A child element
   * is skipped and reported as stray content.
   */
  String readText(StrayText childElement) throws StopReading {
    StringBuilder text = new StringBuilder();
    while (true) {
      int event = next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(reader.getText());
        case XMLStreamConstants.START_ELEMENT -> {
          childElement.found(qualifiedName(), position);
          skipElement();
        }
        case XMLStreamConstants.END_ELEMENT -> {
          return text.toString();
        }
        default -> {
          // comments and processing instructions inside text are not part of it
        }
      }
    }
  }

  /** Where the current event ends (for a start tag: where the start tag ends). */
  SourcePosition position() {
    return position;
  }

  String namespace() {
    String namespace = reader.getNamespaceURI();
    return namespace == null ? "" : namespace;
  }

  String localName() {
    return reader.getLocalName();
  }

  String qualifiedName() {
    String prefix = reader.getPrefix();
    return prefix == null || prefix.isEmpty() ? localName() : prefix + ":" + localName();
  }

  boolean isOdm(String localName) {
    return OdmNames.ODM.equals(namespace()) && localName.equals(localName());
  }

  /** An attribute of no namespace (ODM's own), or null when absent. */
  String attribute(String localName) {
    return reader.getAttributeValue("", localName);
  }

  List<Attribute> attributes() {
    List<Attribute> attributes = new ArrayList<>(reader.getAttributeCount());
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String namespace = reader.getAttributeNamespace(i);
      String prefix = reader.getAttributePrefix(i);
      String local = reader.getAttributeLocalName(i);
      attributes.add(
          new Attribute(
              namespace == null ? "" : namespace,
              local,
              prefix == null || prefix.isEmpty() ? local : prefix + ":" + local,
              reader.getAttributeValue(i)));
    }
    return attributes;
  }

  /** The underlying reader, for replaying events into the schema validator. */
  XMLStreamReader reader() {
    return reader;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (XMLStreamException e) {
      // nothing more to release; the caller closes the stream
    }
  }

  private StopReading doctype() {
    return new StopReading(
        ClinicalFaultKind.DOCTYPE,
        position,
        "The file contains a DOCTYPE declaration. ODM files must not have one: DTDs and entities"
            + " are refused because they can expand without limit or read other files.");
  }

  private static StopReading stop(XMLStreamException e, LimitedInputStream input) {
    Location location = e.getLocation();
    SourcePosition at =
        location == null
            ? SourcePosition.NONE
            : new SourcePosition(line(location), column(location));
    if (input.exceeded()) {
      return new StopReading(
          ClinicalFaultKind.TOO_LARGE,
          at,
          "The file is larger than the limit of "
              + input.limit()
              + " bytes; reading stopped here and nothing after this point was read.");
    }
    if (input.failure() != null) {
      return new StopReading(
          ClinicalFaultKind.UNREADABLE,
          at,
          "The input could not be read from here on: " + input.failure().getMessage());
    }
    String message = e.getMessage() == null ? "Unreadable XML." : e.getMessage();
    int marker = message.indexOf("Message: ");
    if (marker >= 0) {
      message = message.substring(marker + "Message: ".length());
    }
    return new StopReading(
        ClinicalFaultKind.NOT_WELL_FORMED,
        at,
        "The file is not well-formed XML from here on: " + message.strip());
  }

  private static int line(Location location) {
    return Math.max(location.getLineNumber(), 0);
  }

  private static int column(Location location) {
    return Math.max(location.getColumnNumber(), 0);
  }
}
