package org.ecrf.export.define;

import java.io.InputStream;
import java.io.Reader;
import org.w3c.dom.ls.LSInput;

/** One schema document served from the class path to the JDK's schema loader. */
final class SchemaDocument implements LSInput {
  private String systemId;
  private InputStream stream;

  SchemaDocument(String systemId, InputStream stream) {
    this.systemId = systemId;
    this.stream = stream;
  }

  @Override
  public Reader getCharacterStream() {
    return null;
  }

  @Override
  public void setCharacterStream(Reader characterStream) {
    // only byte streams are served
  }

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
  public void setStringData(String stringData) {
    // only byte streams are served
  }

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
  public void setPublicId(String publicId) {
    // schema documents are found by location only
  }

  @Override
  public String getBaseURI() {
    return systemId;
  }

  @Override
  public void setBaseURI(String baseUri) {
    // the base is the system id
  }

  @Override
  public String getEncoding() {
    return null;
  }

  @Override
  public void setEncoding(String encoding) {
    // the document declares its own
  }

  @Override
  public boolean getCertifiedText() {
    return false;
  }

  @Override
  public void setCertifiedText(boolean certifiedText) {
    // not used
  }
}
