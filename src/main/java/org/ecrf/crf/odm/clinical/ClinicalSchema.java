package org.ecrf.crf.odm.clinical;

import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;

/**
 * The plain ODM 1.3.2 schema ({@code /odm/1.3.2/ODM1-3-2.xsd} with the xml and xmldsig schemas it
 * imports), loaded once from the class path with the JDK's built-in validator. Schema documents are
 * served only from the class path folder {@code /odm/1.3.2/}: nothing is fetched from the network
 * or the file system. Clinical data use no extension of ours, so the plain schema is the right, and
 * strictest, check. (A small equivalent of the package-private {@code crf.odm.OdmSchema}, which
 * loads our extension schema instead.)
 */
final class ClinicalSchema {

  private static final String FOLDER = "/odm/1.3.2/";
  private static final String ENTRY = FOLDER + "ODM1-3-2.xsd";
  private static final String SCHEME = "classpath";
  private static final String LOCALE_PROPERTY = "http://apache.org/xml/properties/locale";

  private final Schema schema;

  private ClinicalSchema(Schema schema) {
    this.schema = schema;
  }

  /** The schema, loaded on first use and shared (a JAXP Schema is thread-safe). */
  static ClinicalSchema instance() {
    return Holder.INSTANCE;
  }

  /**
   * A new validator fed with SAX events, asking for English messages whatever the JVM's language
   * and refusing any external access.
   */
  ValidatorHandler newValidatorHandler() {
    ValidatorHandler handler = schema.newValidatorHandler();
    setIfSupported(handler, LOCALE_PROPERTY, Locale.ROOT);
    setIfSupported(handler, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    setIfSupported(handler, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return handler;
  }

  private static void setIfSupported(ValidatorHandler handler, String property, Object value) {
    try {
      handler.setProperty(property, value);
    } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
      // the built-in validator supports all three; another would merely word messages otherwise
    }
  }

  private static ClinicalSchema load() {
    try {
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DOMImplementationLS ls =
          (DOMImplementationLS)
              DocumentBuilderFactory.newDefaultInstance()
                  .newDocumentBuilder()
                  .getDOMImplementation();
      factory.setResourceResolver(
          (type, namespace, publicId, systemId, baseUri) ->
              input(ls, URI.create(baseUri).resolve(systemId)));
      URI entry = URI.create(SCHEME + ":" + ENTRY);
      return new ClinicalSchema(factory.newSchema(new StreamSource(open(entry), entry.toString())));
    } catch (SAXException | ParserConfigurationException e) {
      throw new IllegalStateException("The ODM 1.3.2 schema under " + FOLDER + " does not load", e);
    }
  }

  private static LSInput input(DOMImplementationLS ls, URI location) {
    LSInput input = ls.createLSInput();
    input.setSystemId(location.toString());
    input.setByteStream(open(location));
    return input;
  }

  private static InputStream open(URI location) {
    String path = location.getPath();
    if (!SCHEME.equals(location.getScheme()) || path == null || !path.startsWith(FOLDER)) {
      throw new IllegalStateException(
          "Schema location outside " + FOLDER + " refused: " + location);
    }
    InputStream stream = ClinicalSchema.class.getResourceAsStream(path);
    if (stream == null) {
      throw new IllegalStateException("Schema document missing from the class path: " + path);
    }
    return stream;
  }

  private static final class Holder {
    private static final ClinicalSchema INSTANCE = load();
  }
}
