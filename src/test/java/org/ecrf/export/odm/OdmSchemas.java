package org.ecrf.export.odm;

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
 * The ODM 1.3.2 schema and the platform's extension schema, loaded from the project's schema folder
 * with plain javax.xml.validation, offline: the independent check that an export is valid.
 */
final class OdmSchemas {

  static final Schema ODM = load("src/main/resources/odm/1.3.2/ODM1-3-2.xsd");
  static final Schema EXTENSION = load("src/main/resources/odm/edc-extension.xsd");

  private OdmSchemas() {}

  private static Schema load(String path) {
    try {
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      return factory.newSchema(Path.of(path).toFile());
    } catch (SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every schema error of the document, as "line:column message". */
  static List<String> errors(Schema schema, byte[] document) {
    List<String> errors = new ArrayList<>();
    Validator validator = schema.newValidator();
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
      validator.validate(new StreamSource(new ByteArrayInputStream(document)));
    } catch (SAXException e) {
      errors.add(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return errors;
  }
}
