package org.ecrf.crf.odm;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XML bytes into an {@link OdmElement} tree with StAX, safely: a DOCTYPE is refused (so no
 * entity expansion and no external entities or DTDs can be reached), nesting depth is limited, text
 * is coalesced, and every element keeps its line and column. The JDK's built-in StAX implementation
 * is used whatever else is on the class path.
 */
final class SafeXmlReader {

  /** Far deeper than any ODM file (about 12 levels); protects against pathological nesting. */
  static final int MAX_DEPTH = 100;

  /**
   * The tree of a document.
   *
   * @throws XmlReadException for any XML that is not well-formed or uses a DOCTYPE
   */
  OdmElement read(byte[] content) throws XmlReadException {
    XMLStreamReader reader = null;
    try {
      reader = newFactory().createXMLStreamReader(new ByteArrayInputStream(content));
      return readDocument(reader);
    } catch (XMLStreamException e) {
      throw fromStax(e);
    } finally {
      close(reader);
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

  private static OdmElement readDocument(XMLStreamReader reader)
      throws XMLStreamException, XmlReadException {
    Deque<ElementUnderConstruction> open = new ArrayDeque<>();
    OdmElement root = null;
    while (reader.hasNext()) {
      int event = reader.next();
      Location location = reader.getLocation();
      switch (event) {
        case XMLStreamConstants.DTD ->
            throw new XmlReadException(
                FaultKind.DOCTYPE,
                "The file contains a DOCTYPE declaration. ODM files must not have one: DTDs and"
                    + " entities are refused because they can expand without limit or read other files.",
                location.getLineNumber(),
                location.getColumnNumber());
        case XMLStreamConstants.START_ELEMENT -> {
          if (open.size() >= MAX_DEPTH) {
            throw new XmlReadException(
                FaultKind.NOT_WELL_FORMED,
                "Elements are nested more than " + MAX_DEPTH + " levels deep.",
                location.getLineNumber(),
                location.getColumnNumber());
          }
          open.push(new ElementUnderConstruction(reader, location));
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (!open.isEmpty()) {
            open.peek().text.append(reader.getText());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          OdmElement element = open.pop().build(location);
          if (open.isEmpty()) {
            root = element;
          } else {
            open.peek().children.add(element);
          }
        }
        default -> {
          // comments, processing instructions, document start and end carry no content
        }
      }
    }
    if (root == null) {
      throw new XmlReadException(
          FaultKind.NOT_WELL_FORMED, "The file contains no XML element.", 1, 1);
    }
    return root;
  }

  private static XmlReadException fromStax(XMLStreamException e) {
    Location location = e.getLocation();
    String message = e.getMessage() == null ? "Unreadable XML." : e.getMessage();
    int marker = message.indexOf("Message: ");
    if (marker >= 0) {
      message = message.substring(marker + "Message: ".length());
    }
    return new XmlReadException(
        FaultKind.NOT_WELL_FORMED,
        "The file is not well-formed XML: " + message.strip(),
        location == null ? 0 : location.getLineNumber(),
        location == null ? 0 : location.getColumnNumber());
  }

  private static void close(XMLStreamReader reader) {
    if (reader == null) {
      return;
    }
    try {
      reader.close();
    } catch (XMLStreamException e) {
      // nothing to release beyond the in-memory stream
    }
  }

  /** An element whose end tag has not been read yet. */
  private static final class ElementUnderConstruction {
    private final XmlName name;
    private final List<XmlAttribute> attributes = new ArrayList<>();
    private final Map<String, String> namespaces = new LinkedHashMap<>();
    private final StringBuilder text = new StringBuilder();
    private final List<OdmElement> children = new ArrayList<>();
    private final int line;
    private final int column;

    ElementUnderConstruction(XMLStreamReader reader, Location location) {
      this.name = nameOf(reader.getNamespaceURI(), reader.getLocalName(), reader.getPrefix());
      for (int i = 0; i < reader.getAttributeCount(); i++) {
        attributes.add(
            new XmlAttribute(
                nameOf(
                    reader.getAttributeNamespace(i),
                    reader.getAttributeLocalName(i),
                    reader.getAttributePrefix(i)),
                reader.getAttributeValue(i)));
      }
      for (int i = 0; i < reader.getNamespaceCount(); i++) {
        String prefix = reader.getNamespacePrefix(i);
        namespaces.put(prefix == null ? "" : prefix, reader.getNamespaceURI(i));
      }
      this.line = location.getLineNumber();
      this.column = location.getColumnNumber();
    }

    private static XmlName nameOf(String namespace, String localName, String prefix) {
      return new XmlName(
          namespace == null ? "" : namespace, localName, prefix == null ? "" : prefix);
    }

    OdmElement build(Location end) {
      return new OdmElement(
          name,
          attributes,
          namespaces,
          text.toString(),
          children,
          new SourceSpan(line, column, end.getLineNumber(), end.getColumnNumber()));
    }
  }
}
