package org.ecrf.crf.odm.clinical;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.LocatorImpl;

/**
 * Validates a whole document against the ODM 1.3.2 schema in one streaming pass: the events of the
 * safe {@link XmlCursor} are replayed into the validator with their own positions, so that every
 * schema error keeps the line and column of the file. In lenient mode, elements and attributes of
 * unknown namespaces are left out first, as the reading pass ignores them too.
 */
final class SchemaPass implements ErrorHandler {

  private static final Pattern CODE = Pattern.compile("(?s)^(cvc-[a-zA-Z0-9.-]+)\\s*:\\s*(.*)$");

  private static final Pattern BRACED = Pattern.compile("'\\{([^{}']*)\\}'");

  private final XmlCursor cursor;
  private final boolean lenient;
  private final FaultLog log;
  private final LocatorImpl locator = new LocatorImpl();
  private int errors;

  private SchemaPass(XmlCursor cursor, boolean lenient, FaultLog log) {
    this.cursor = cursor;
    this.lenient = lenient;
    this.log = log;
  }

  /**
   * Validates the cursor's document to its end; schema errors go into the log.
   *
   * @return whether the document is valid
   * @throws StopReading when the document is not well-formed XML, too large or too deep
   */
  static boolean validate(XmlCursor cursor, boolean lenient, FaultLog log) throws StopReading {
    SchemaPass pass = new SchemaPass(cursor, lenient, log);
    ValidatorHandler handler = ClinicalSchema.instance().newValidatorHandler();
    handler.setErrorHandler(pass);
    handler.setDocumentLocator(pass.locator);
    try {
      handler.startDocument();
      pass.replay(handler);
      handler.endDocument();
    } catch (SAXException e) {
      pass.record(e.getMessage());
    }
    return pass.errors == 0;
  }

  private void replay(ValidatorHandler handler) throws StopReading, SAXException {
    XMLStreamReader reader = cursor.reader();
    if (cursor.toRootElement()) {
      RootReader.checkName(cursor);
      locate();
      startElement(reader, handler);
    }
    while (cursor.hasNext()) {
      int event = cursor.next();
      locate();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          if (lenient && !OdmNames.isKnown(cursor.namespace())) {
            cursor.skipElement();
          } else {
            startElement(reader, handler);
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          handler.endElement(cursor.namespace(), cursor.localName(), cursor.qualifiedName());
          for (int i = 0; i < reader.getNamespaceCount(); i++) {
            handler.endPrefixMapping(prefix(reader.getNamespacePrefix(i)));
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          char[] text = reader.getText().toCharArray();
          handler.characters(text, 0, text.length);
        }
        default -> {
          // comments, processing instructions and the document's end are not validated
        }
      }
    }
  }

  /** Gives the validator the position of the current event, for its error messages. */
  private void locate() {
    locator.setLineNumber(cursor.position().line());
    locator.setColumnNumber(cursor.position().column());
  }

  private void startElement(XMLStreamReader reader, ValidatorHandler handler) throws SAXException {
    for (int i = 0; i < reader.getNamespaceCount(); i++) {
      handler.startPrefixMapping(prefix(reader.getNamespacePrefix(i)), reader.getNamespaceURI(i));
    }
    AttributesImpl attributes = new AttributesImpl();
    for (XmlCursor.Attribute attribute : cursor.attributes()) {
      if (!lenient || OdmNames.isKnown(attribute.namespace())) {
        attributes.addAttribute(
            attribute.namespace(),
            attribute.localName(),
            attribute.qualifiedName(),
            "CDATA",
            attribute.value());
      }
    }
    handler.startElement(
        cursor.namespace(), cursor.localName(), cursor.qualifiedName(), attributes);
  }

  private static String prefix(String prefix) {
    return prefix == null ? "" : prefix;
  }

  @Override
  public void warning(SAXParseException exception) {
    // schema warnings do not make a document invalid
  }

  @Override
  public void error(SAXParseException exception) {
    record(exception.getMessage());
  }

  @Override
  public void fatalError(SAXParseException exception) {
    record(exception.getMessage());
  }

  private void record(String message) {
    errors++;
    log.add(
        new ClinicalDataFault(
            ClinicalFaultKind.SCHEMA,
            FaultEffect.REFUSES_DATA,
            new SourcePosition(locator.getLineNumber(), locator.getColumnNumber()),
            "Not valid against the ODM 1.3.2 schema: " + readable(message)));
  }

  /**
   * The validator's message with ODM's namespace left out of element names ({@code
   * '{"http://www.cdisc.org/ns/odm/v1.3":AuditRecord}'} becomes {@code 'AuditRecord'}) and its code
   * ("cvc-…") moved to the end.
   */
  private static String readable(String message) {
    if (message == null) {
      return "(no message)";
    }
    String names = message.replace("\"" + OdmNames.ODM + "\":", "");
    names = BRACED.matcher(names).replaceAll("'$1'");
    Matcher code = CODE.matcher(names);
    return code.matches() ? code.group(2).strip() + " (" + code.group(1) + ")" : names;
  }
}
