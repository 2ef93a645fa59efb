package org.ecrf.crf.odm.clinical;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A document the writer produced, for looking at it with a plain DOM parser. */
final class Written {

  /** Writes one step of a test document. */
  interface Steps {
    void write(ClinicalDataWriter writer) throws IOException;
  }

  final byte[] bytes;

  private Written(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Opens a writer on a fresh buffer, runs the steps and finishes the document. */
  static Written by(OdmFileHeader file, Steps steps) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ClinicalDataWriter writer = ClinicalDataWriter.open(out, file);
      steps.write(writer);
      writer.finish();
      return new Written(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The subject written into one ClinicalData (TOPIT, MDV.1) of a Transactional file. */
  static Written subject(SubjectSnapshot subject) {
    return by(
        Samples.file(FileType.TRANSACTIONAL),
        writer -> {
          writer.startClinicalData(new ClinicalDataHeader("TOPIT", "MDV.1"));
          writer.writeSubject(subject);
        });
  }

  String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  Document dom() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first element of that name anywhere in the document. */
  Element first(String localName) {
    return (Element) dom().getElementsByTagNameNS(OdmNames.ODM, localName).item(0);
  }

  /** The local names of an element's child elements, in order. */
  static List<String> childNames(Element element) {
    List<String> names = new ArrayList<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.ELEMENT_NODE) {
        names.add(child.getLocalName());
      }
    }
    return names;
  }
}
