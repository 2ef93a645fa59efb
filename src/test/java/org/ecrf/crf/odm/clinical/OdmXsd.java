package org.ecrf.crf.odm.clinical;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The ODM 1.3.2 schema loaded straight from the project's schema folder with plain
 * javax.xml.validation, offline (only local files may be read), independent of the reader's own
 * schema pass: the check that what the writer produces is valid ODM.
 */
final class OdmXsd {

  private static final Schema SCHEMA = load();

  private OdmXsd() {}

  private static Schema load() {
    try {
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      return factory.newSchema(Path.of("src/main/resources/odm/1.3.2/ODM1-3-2.xsd").toFile());
    } catch (SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every schema error of the document, as "line:column message". */
  static List<String> errors(byte[] document) {
    return errors(new StreamSource(new ByteArrayInputStream(document)));
  }

  /** Every schema error of a file, read as a stream. */
  static List<String> errors(Path file) {
    return errors(new StreamSource(file.toFile()));
  }

  private static List<String> errors(StreamSource document) {
    List<String> errors = new ArrayList<>();
    Validator validator = SCHEMA.newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
              errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
              error(e);
            }
          });
      validator.validate(document);
    } catch (SAXException e) {
      errors.add(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return errors;
  }
}
