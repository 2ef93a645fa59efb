package org.ecrf.crf.odm;

import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.w3c.dom.ls.LSInput;
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
  private static final String CLASSPATH_SCHEME = "classpath";

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
    SchemaFactory factory = SchemaFactory.newDefaultInstance();
    try {
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setResourceResolver(
          (type, namespace, publicId, systemId, baseUri) ->
              classpathInput(URI.create(baseUri).resolve(systemId)));
      URI entry = URI.create(CLASSPATH_SCHEME + ":" + ENTRY);
      StreamSource source = new StreamSource(open(entry), entry.toString());
      return new OdmSchema(factory.newSchema(source));
    } catch (SAXException e) {
      throw new IllegalStateException("The ODM schemas under /odm/ do not load: " + e, e);
    }
  }

  private static LSInput classpathInput(URI location) {
    return new ClasspathInput(location.toString(), open(location));
  }

  private static InputStream open(URI location) {
    String path = location.getPath();
    if (!CLASSPATH_SCHEME.equals(location.getScheme())
        || path == null
        || !path.startsWith("/odm/")) {
      throw new IllegalStateException("Schema location outside /odm/ refused: " + location);
    }
    InputStream stream = OdmSchema.class.getResourceAsStream(path);
    if (stream == null) {
      throw new IllegalStateException("Schema document missing from the class path: " + path);
    }
    return stream;
  }

  private static final class Holder {
    private static final OdmSchema INSTANCE = load();
  }

  /** A schema document served from the class path. */
  private static final class ClasspathInput implements LSInput {
    private String systemId;
    private InputStream stream;

    ClasspathInput(String systemId, InputStream stream) {
      this.systemId = systemId;
      this.stream = stream;
    }

    @Override
    public Reader getCharacterStream() {
      return null;
    }

    @Override
    public void setCharacterStream(Reader characterStream) {}

    @Override
    public InputStream getByteStream() {
      return stream;
    }

    @Override
    public void setByteStream(InputStream byteStream) {
      this.stream = byteStream;
    }

    @Override
    public String getStringData() {
      return null;
    }

    @Override
    public void setStringData(String stringData) {}

    @Override
    public String getSystemId() {
      return systemId;
    }

    @Override
    public void setSystemId(String systemId) {
      this.systemId = systemId;
    }

    @Override
    public String getPublicId() {
      return null;
    }

    @Override
    public void setPublicId(String publicId) {}

    @Override
    public String getBaseURI() {
      return systemId;
    }

    @Override
    public void setBaseURI(String baseUri) {}

    @Override
    public String getEncoding() {
      return null;
    }

    @Override
    public void setEncoding(String encoding) {}

    @Override
    public boolean getCertifiedText() {
      return false;
    }

    @Override
    public void setCertifiedText(boolean certifiedText) {}
  }
}
