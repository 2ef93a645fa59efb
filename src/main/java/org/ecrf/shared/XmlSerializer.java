package org.ecrf.shared;

import java.io.OutputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;

/**
 * The one way the platform writes XML documents as streams (ODM, Define-XML): the JDK's SAX
 * serializer, XML 1.0 in UTF-8, indented by two spaces, the declaration on a line of its own. The
 * serializer escapes everything, including tabs and line breaks inside attribute values (which a
 * StAX writer would leave for a reader to normalise into spaces).
 */
public final class XmlSerializer {

  private static final String INDENT_AMOUNT = "{http://xml.apache.org/xslt}indent-amount";

  /** The JDK serializer's switch that puts a line break after the XML declaration. */
  private static final String DECLARATION_ON_ITS_OWN_LINE =
      "http://www.oracle.com/xml/is-standalone";

  private XmlSerializer() {}

  /** A handler that writes the SAX events it is given to the stream, nothing yet written. */
  public static TransformerHandler to(OutputStream out) {
    try {
      SAXTransformerFactory factory =
          (SAXTransformerFactory) TransformerFactory.newDefaultInstance();
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      TransformerHandler handler = factory.newTransformerHandler();
      Transformer serializer = handler.getTransformer();
      serializer.setOutputProperty(OutputKeys.METHOD, "xml");
      serializer.setOutputProperty(OutputKeys.VERSION, "1.0");
      serializer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      serializer.setOutputProperty(OutputKeys.INDENT, "yes");
      serializer.setOutputProperty(INDENT_AMOUNT, "2");
      serializer.setOutputProperty(DECLARATION_ON_ITS_OWN_LINE, "yes");
      handler.setResult(new StreamResult(out));
      return handler;
    } catch (TransformerConfigurationException e) {
      throw new IllegalStateException("The JDK's XML serializer is not available", e);
    }
  }
}
