package org.ecrf.crf.odm;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.ecrf.shared.ClasspathSchemas;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.LocatorImpl;

/**
 * The ODM 1.3.2 schema with our extension ({@code /odm/edc-extension.xsd}, which redefines the ODM
 * foundation), loaded once from the class path with the JDK's built-in validator. Schema documents
 * are served only from the class path folder {@code /odm/}: nothing is ever fetched from the
 * network or the file system.
 *
 * <p>A document is validated by replaying its {@link OdmElement} tree into the validator with each
 * element's own position, so that the file is parsed once, lenient-mode changes are validated as
 * changed, and every schema error keeps the line and column of the original file.
 */
final class OdmSchema {

  private static final String ENTRY = "/odm/edc-extension.xsd";

  private static final String LOCALE_PROPERTY = "http://apache.org/xml/properties/locale";

  private final Schema schema;

  private OdmSchema(Schema schema) {
    this.schema = schema;
  }

  /** The schema, loaded on first use and shared (a JAXP Schema is thread-safe). */
  static OdmSchema instance() {
    return Holder.INSTANCE;
  }

  /** Every schema error of the document, in document order. */
  List<SchemaMessages.Problem> validate(OdmElement root) {
    ValidatorHandler handler = schema.newValidatorHandler();
    englishMessages(handler);
    SchemaMessages messages = new SchemaMessages();
    handler.setErrorHandler(messages);
    LocatorImpl locator = new LocatorImpl();
    handler.setDocumentLocator(locator);
    try {
      handler.startDocument();
      replay(root, handler, locator);
      handler.endDocument();
    } catch (SAXException e) {
      messages.add(locator.getLineNumber(), locator.getColumnNumber(), e.getMessage());
    }
    return messages.problems();
  }

  /**
   * Asks for the validator's English messages whatever the JVM's language. Locale.ROOT is the
   * English base bundle; Locale.ENGLISH would fall back to the default locale's bundle.
   */
  private static void englishMessages(ValidatorHandler handler) {
    try {
      handler.setProperty(LOCALE_PROPERTY, Locale.ROOT);
    } catch (SAXException e) {
      // the messages then follow the JVM's language; SchemaMessages copes with that
    }
  }

  private static void replay(OdmElement element, ValidatorHandler handler, LocatorImpl locator)
      throws SAXException {
    locator.setLineNumber(element.span().line());
    locator.setColumnNumber(element.span().column());
    for (Map.Entry<String, String> ns : element.namespaces().entrySet()) {
      handler.startPrefixMapping(ns.getKey(), ns.getValue());
    }
    XmlName name = element.name();
    handler.startElement(name.namespace(), name.localName(), name.qualified(), attributes(element));
    if (element.children().isEmpty() || !element.text().isBlank()) {
      char[] text = element.text().toCharArray();
      handler.characters(text, 0, text.length);
    }
    for (OdmElement child : element.children()) {
      replay(child, handler, locator);
    }
    locator.setLineNumber(element.span().endLine());
    locator.setColumnNumber(element.span().endColumn());
    handler.endElement(name.namespace(), name.localName(), name.qualified());
    for (String prefix : element.namespaces().keySet()) {
      handler.endPrefixMapping(prefix);
    }
  }

  private static AttributesImpl attributes(OdmElement element) {
    AttributesImpl attributes = new AttributesImpl();
    for (XmlAttribute attribute : element.attributes()) {
      XmlName name = attribute.name();
      attributes.addAttribute(
          name.namespace(), name.localName(), name.qualified(), "CDATA", attribute.value());
    }
    return attributes;
  }

  private static OdmSchema load() {
    return new OdmSchema(ClasspathSchemas.load("/odm/", ENTRY));
  }

  private static final class Holder {
    private static final OdmSchema INSTANCE = load();
  }
}
