package org.ecrf.crf.odm.clinical;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ecrf.crf.odm.clinical.StudyMetadata.EnumeratedCodeList;
import org.ecrf.crf.odm.clinical.StudyMetadata.MetaDataFile;

/**
 * Writes the Study element from stored definition files, reading them as streams: GlobalVariables
 * of the newest file, the measurement units of all files (the newest definition of each OID), then
 * every file's MetaDataVersion. Only ODM content is copied: elements and attributes of any other
 * namespace (our {@code edc:} extension, a vendor's) are left out, so that the result is plain ODM
 * 1.3.2; {@code xml:lang} is kept. Comments and the whitespace between elements are not copied.
 */
final class StudyMetadataWriter {

  /** The MetaDataVersion children that follow CodeList (ODM 1.3.2 schema, MetaDataVersion). */
  private static final Set<String> AFTER_CODE_LISTS =
      Set.of("ImputationMethod", "Presentation", "ConditionDef", "MethodDef");

  private static final XMLInputFactory FACTORY = newFactory();

  /** Takes over the reader at the start of an element and leaves it at that element's end. */
  private interface ElementHandler {
    void handle(XMLStreamReader reader) throws IOException, XMLStreamException;
  }

  private final XmlOut out;

  StudyMetadataWriter(XmlOut out) {
    this.out = out;
  }

  void write(StudyMetadata study) throws IOException {
    List<MetaDataFile> files = study.versions();
    String oid = study.studyOid();
    out.start("Study", "Study " + oid, XmlOut.Attributes.none().add("OID", oid));
    MetaDataFile newest = files.get(files.size() - 1);
    if (each(newest, oid, List.of("GlobalVariables"), this::copy) != 1) {
      throw new IllegalArgumentException(
          "The definition of " + newest.metaDataVersionOid() + " has no GlobalVariables");
    }
    measurementUnits(study);
    for (MetaDataFile file : files) {
      int versions =
          each(
              file,
              oid,
              List.of("MetaDataVersion"),
              reader -> metaDataVersion(reader, file, study.addedCodeLists()));
      if (versions != 1) {
        throw new IllegalArgumentException(
            "The definition file of "
                + file.metaDataVersionOid()
                + " holds "
                + versions
                + " MetaDataVersions of study "
                + oid
                + ", not one");
      }
    }
    out.end("Study");
  }

  private void measurementUnits(StudyMetadata study) throws IOException {
    Set<String> written = new HashSet<>();
    List<MetaDataFile> files = study.versions();
    for (int i = files.size() - 1; i >= 0; i--) {
      each(
          files.get(i),
          study.studyOid(),
          List.of("BasicDefinitions", "MeasurementUnit"),
          reader -> {
            String unit = reader.getAttributeValue(null, "OID");
            if (!written.add(unit)) {
              skip(reader);
              return;
            }
            if (written.size() == 1) {
              out.start("BasicDefinitions", "BasicDefinitions", XmlOut.Attributes.none());
            }
            copy(reader);
          });
    }
    if (!written.isEmpty()) {
      out.end("BasicDefinitions");
    }
  }

  private void metaDataVersion(
      XMLStreamReader reader, MetaDataFile file, List<EnumeratedCodeList> added)
      throws IOException, XMLStreamException {
    String oid = reader.getAttributeValue(null, "OID");
    if (!file.metaDataVersionOid().equals(oid)) {
      throw new IllegalArgumentException(
          "The definition file of " + file.metaDataVersionOid() + " defines " + oid);
    }
    out.start("MetaDataVersion", "MetaDataVersion " + oid, attributes(reader));
    Set<String> codeLists = new HashSet<>();
    boolean inserted = false;
    while (nextChild(reader)) {
      if (!OdmNames.ODM.equals(reader.getNamespaceURI())) {
        skip(reader);
        continue;
      }
      String name = reader.getLocalName();
      if (!inserted && AFTER_CODE_LISTS.contains(name)) {
        codeLists(added, codeLists, oid);
        inserted = true;
      }
      if (name.equals("CodeList")) {
        codeLists.add(reader.getAttributeValue(null, "OID"));
      }
      copy(reader);
    }
    if (!inserted) {
      codeLists(added, codeLists, oid);
    }
    out.end("MetaDataVersion");
  }

  private void codeLists(List<EnumeratedCodeList> added, Set<String> existing, String version)
      throws IOException {
    for (EnumeratedCodeList list : added) {
      if (existing.contains(list.oid())) {
        throw new IllegalArgumentException(
            "MetaDataVersion " + version + " defines the code list " + list.oid() + " itself");
      }
      out.start(
          "CodeList",
          "CodeList " + list.oid(),
          XmlOut.Attributes.none()
              .add("OID", list.oid())
              .add("Name", list.name())
              .add("DataType", "text"));
      for (String value : list.codedValues()) {
        out.empty("EnumeratedItem", XmlOut.Attributes.none().add("CodedValue", value));
      }
      out.end("CodeList");
    }
  }

  /** Copies the ODM element the reader is at, leaving out other namespaces. */
  private void copy(XMLStreamReader reader) throws IOException, XMLStreamException {
    String name = reader.getLocalName();
    String oid = reader.getAttributeValue(null, "OID");
    String label = oid == null ? name : name + " " + oid;
    XmlOut.Attributes attributes = attributes(reader);
    StringBuilder text = new StringBuilder();
    boolean started = false;
    while (true) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (!started) {
          out.start(name, label, attributes);
          started = true;
        }
        if (OdmNames.ODM.equals(reader.getNamespaceURI())) {
          copy(reader);
        } else {
          skip(reader);
        }
      } else if (isText(event) && !started) {
        text.append(reader.getText());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (started) {
          out.end(name);
        } else if (text.isEmpty()) {
          out.start(name, label, attributes);
          out.end(name);
        } else {
          out.text(name, attributes, text.toString());
        }
        return;
      }
    }
  }

  private static boolean isText(int event) {
    return event == XMLStreamConstants.CHARACTERS
        || event == XMLStreamConstants.CDATA
        || event == XMLStreamConstants.SPACE;
  }

  /** The element's attributes without namespace and of the XML namespace; others are dropped. */
  private static XmlOut.Attributes attributes(XMLStreamReader reader) {
    XmlOut.Attributes attributes = XmlOut.Attributes.none();
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String namespace = reader.getAttributeNamespace(i);
      String name = reader.getAttributeLocalName(i);
      if (namespace == null || namespace.isEmpty()) {
        attributes.add(name, reader.getAttributeValue(i));
      } else if (OdmNames.XML.equals(namespace)) {
        attributes.addXml(name, reader.getAttributeValue(i));
      }
    }
    return attributes;
  }

  /**
   * Hands every element at {@code path} below the file's Study to the handler, and says how many
   * there were. The file must be an ODM document of this study.
   */
  private static int each(
      MetaDataFile file, String studyOid, List<String> path, ElementHandler handler)
      throws IOException {
    XMLStreamReader reader = open(file);
    try {
      if (!nextChild(reader) || !isOdm(reader, "ODM")) {
        throw new IllegalArgumentException(
            "The definition file of " + file.metaDataVersionOid() + " is not an ODM document");
      }
      int found = 0;
      while (nextChild(reader)) {
        if (!isOdm(reader, "Study")) {
          skip(reader);
          continue;
        }
        String oid = reader.getAttributeValue(null, "OID");
        if (!studyOid.equals(oid)) {
          throw new IllegalArgumentException(
              "The definition file of "
                  + file.metaDataVersionOid()
                  + " is of study "
                  + oid
                  + ", not "
                  + studyOid);
        }
        found += within(reader, path, 0, handler);
      }
      return found;
    } catch (XMLStreamException e) {
      throw new IOException(
          "The definition file of " + file.metaDataVersionOid() + " cannot be read: " + e, e);
    } finally {
      close(reader);
    }
  }

  private static int within(
      XMLStreamReader reader, List<String> path, int depth, ElementHandler handler)
      throws IOException, XMLStreamException {
    int found = 0;
    while (nextChild(reader)) {
      if (!isOdm(reader, path.get(depth))) {
        skip(reader);
      } else if (depth == path.size() - 1) {
        handler.handle(reader);
        found++;
      } else {
        found += within(reader, path, depth + 1, handler);
      }
    }
    return found;
  }

  /** Moves to the next child element (true) or to the end of the current element (false). */
  private static boolean nextChild(XMLStreamReader reader) throws XMLStreamException {
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
    }
    return false;
  }

  /** Moves past the element the reader is at, to its end. */
  private static void skip(XMLStreamReader reader) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static boolean isOdm(XMLStreamReader reader, String localName) {
    return OdmNames.ODM.equals(reader.getNamespaceURI()) && localName.equals(reader.getLocalName());
  }

  private static XMLStreamReader open(MetaDataFile file) throws IOException {
    try {
      return FACTORY.createXMLStreamReader(new ByteArrayInputStream(file.content()));
    } catch (XMLStreamException e) {
      throw new IOException(
          "The definition file of " + file.metaDataVersionOid() + " cannot be read: " + e, e);
    }
  }

  private static void close(XMLStreamReader reader) {
    try {
      reader.close();
    } catch (XMLStreamException e) {
      // nothing was written from a reader being closed; the document is unaffected
    }
  }

  private static XMLInputFactory newFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }
}
