package org.ecrf.shared;

import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * Loads a W3C XML schema set shipped on the class path (ODM 1.3.2 with our extension, Define-XML
 * 2.1) with the JDK's validator, keeping the set's folder layout so that relative imports resolve.
 * Schema documents are served only from the set's class path folder: nothing is ever fetched from
 * the network or the file system, and DTDs are not read.
 */
public final class ClasspathSchemas {

  private static final String SCHEME = "classpath";

  private ClasspathSchemas() {}

  /**
   * The schema whose entry document is {@code entry}, a class path location inside {@code folder}
   * (e.g. folder {@code /odm/}, entry {@code /odm/edc-extension.xsd}).
   *
   * @throws IllegalStateException when a document is missing or lies outside the folder
   */
  public static Schema load(String folder, String entry) {
    SchemaFactory factory = SchemaFactory.newDefaultInstance();
    try {
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setResourceResolver(
          (type, namespace, publicId, systemId, baseUri) -> {
            URI location = URI.create(baseUri).resolve(systemId);
            return new Document(location.toString(), open(folder, location));
          });
      URI location = URI.create(SCHEME + ":" + entry);
      return factory.newSchema(new StreamSource(open(folder, location), location.toString()));
    } catch (SAXException e) {
      throw new IllegalStateException("The schemas under " + folder + " do not load: " + e, e);
    }
  }

  private static InputStream open(String folder, URI location) {
    String path = location.getPath();
    if (!SCHEME.equals(location.getScheme())
        || path == null
        || !path.startsWith(folder)
        || path.contains("/../")) {
      throw new IllegalStateException(
          "Schema location outside " + folder + " refused: " + location);
    }
    InputStream stream = ClasspathSchemas.class.getResourceAsStream(path);
    if (stream == null) {
      throw new IllegalStateException("Schema document missing from the class path: " + path);
    }
    return stream;
  }

  /** A schema document served from the class path (byte stream only). */
  private static final class Document implements LSInput {
    private String systemId;
    private InputStream stream;

    Document(String systemId, InputStream stream) {
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
