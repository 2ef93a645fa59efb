package org.ecrf.export.define;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.ecrf.shared.ClasspathSchemas;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The CDISC Define-XML 2.1 schema ({@code /cdisc/define-2.1/cdisc-define-2.1/define2-1-0.xsd} on
 * the class path, provenance in the folder's SOURCES.md), so that the platform can check a define
 * before it hands it out. Schema documents are served only from that class path folder; documents
 * with a DOCTYPE are refused, so validating never reads a file or the network.
 *
 * <p>The schema catches structure, required attributes (def:Context, def:DefineVersion) and the
 * Define-XML controlled terminology (def:Class names, origin types, standard names). Like ODM, it
 * does not check that an OID reference points at a definition; {@link DefineContent} ensures that
 * for the documents this package writes.
 */
public final class DefineSchema {

  /** The most faults one validation reports; a broken document would otherwise list thousands. */
  public static final int MAX_FAULTS = 100;

  private static final String FOLDER = "/cdisc/define-2.1/";
  private static final String ENTRY = FOLDER + "cdisc-define-2.1/define2-1-0.xsd";
  private static final String LOCALE_PROPERTY = "http://apache.org/xml/properties/locale";

  private final Schema schema;

  private DefineSchema(Schema schema) {
    this.schema = schema;
  }

  /** The schema, loaded on first use and shared (a JAXP Schema is thread-safe). */
  public static DefineSchema instance() {
    return Holder.INSTANCE;
  }

  /**
   * Every fault of the document in document order, at most {@link #MAX_FAULTS}; empty when the
   * document is valid. A document that is not well-formed XML gives one fault where parsing
   * stopped.
   */
  public List<DefineSchemaFault> validate(InputStream document) throws IOException {
    Faults faults = new Faults();
    ValidatorHandler handler = schema.newValidatorHandler();
    handler.setErrorHandler(faults);
    try {
      handler.setProperty(LOCALE_PROPERTY, Locale.ROOT);
    } catch (SAXException e) {
      // the messages then follow the JVM's language
    }
    try {
      XMLReader reader = parserFactory().newSAXParser().getXMLReader();
      reader.setContentHandler(handler);
      reader.setErrorHandler(faults);
      reader.parse(new InputSource(document));
    } catch (SAXParseException e) {
      faults.add(e);
    } catch (StopValidation e) {
      // enough faults collected
    } catch (SAXException | ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser could not be set up safely", e);
    }
    return List.copyOf(faults.list);
  }

  private static SAXParserFactory parserFactory()
      throws ParserConfigurationException, SAXException {
    SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    return factory;
  }

  private static DefineSchema load() {
    return new DefineSchema(ClasspathSchemas.load(FOLDER, ENTRY));
  }

  private static final class Holder {
    private static final DefineSchema INSTANCE = load();
  }

  /** Thrown to end parsing once {@link #MAX_FAULTS} faults are known. */
  private static final class StopValidation extends SAXException {
    private static final long serialVersionUID = 1L;
  }

  /** Collects errors and fatal errors; warnings are not faults. */
  private static final class Faults implements ErrorHandler {
    private final List<DefineSchemaFault> list = new ArrayList<>();

    void add(SAXParseException e) {
      if (list.size() < MAX_FAULTS) {
        list.add(new DefineSchemaFault(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
      }
    }

    @Override
    public void warning(SAXParseException e) {
      // not a fault
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      add(e);
      if (list.size() >= MAX_FAULTS) {
        throw new StopValidation();
      }
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }
}
