package org.ecrf.export.define;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** A written define read back for XPath questions (prefixes odm, def, xlink). Test code only. */
final class DefineDocument {

  private static final Map<String, String> PREFIXES =
      Map.of(
          "odm", DefineXmlOut.ODM,
          "def", DefineXmlOut.DEF,
          "xlink", DefineXmlOut.XLINK,
          "xml", XMLConstants.XML_NS_URI);

  private final Document document;
  private final XPath xpath;

  DefineDocument(byte[] bytes) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    xpath = XPathFactory.newDefaultInstance().newXPath();
    xpath.setNamespaceContext(
        new NamespaceContext() {
          @Override
          public String getNamespaceURI(String prefix) {
            return PREFIXES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
          }

          @Override
          public String getPrefix(String uri) {
            return null;
          }

          @Override
          public Iterator<String> getPrefixes(String uri) {
            return List.<String>of().iterator();
          }
        });
  }

  /** The string value of the expression ("" when it selects nothing). */
  String value(String expression) throws Exception {
    return xpath.evaluate(expression, document);
  }

  /** The text of every node the expression selects, in document order. */
  List<String> values(String expression) throws Exception {
    NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      values.add(nodes.item(i).getTextContent());
    }
    return values;
  }

  /** How many nodes the expression selects. */
  int count(String expression) throws Exception {
    return ((NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET)).getLength();
  }
}
