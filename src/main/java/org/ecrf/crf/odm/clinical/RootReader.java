package org.ecrf.crf.odm.clinical;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks that a document is ODM 1.3 and reads what its root says about the whole file: the FileOID
 * and whether it is a Snapshot or Transactional. A missing or unknown FileType refuses every form,
 * because it decides what the transaction types mean.
 */
final class RootReader {

  /** What the root says; the file type is Transactional when the root's one was unusable. */
  record Root(String fileOid, FileType fileType) {}

  private static final List<String> ROOT_ATTRIBUTES =
      List.of(
          "Description",
          "FileType",
          "Granularity",
          "Archival",
          "FileOID",
          "CreationDateTime",
          "PriorFileOID",
          "AsOfDateTime",
          "ODMVersion",
          "Originator",
          "SourceSystem",
          "SourceSystemVersion",
          "ID");

  private static final List<String> ODM_1_3_VERSIONS = List.of("1.3", "1.3.1", "1.3.2");

  private final XmlCursor cursor;
  private final ElementGuard guard;
  private final FaultLog log;

  RootReader(XmlCursor cursor, ElementGuard guard, FaultLog log) {
    this.cursor = cursor;
    this.guard = guard;
    this.log = log;
  }

  /** Reads the current (root) element's start tag; faults of the whole file go into the scope. */
  Root read(Scope root) throws StopReading {
    checkName(cursor);
    for (XmlCursor.Attribute attribute : cursor.attributes()) {
      if (attribute.namespace().isEmpty() && !ROOT_ATTRIBUTES.contains(attribute.localName())) {
        log.warn(
            "ODM@" + attribute.localName(),
            ClinicalFaultKind.IGNORED_CONTENT,
            cursor.position(),
            "Ignored the attribute "
                + attribute.localName()
                + ", which ODM 1.3.2 does not define.");
      }
    }
    guard.checkVendorAttributes(root, "ODM");
    String fileOid = Objects.requireNonNullElse(guard.required(root, "ODM", "FileOID"), "");
    guard.required(root, "ODM", "CreationDateTime");
    checkVersion();
    return new Root(fileOid, fileType(root));
  }

  /** Stops the reading unless the cursor's current element is the root of an ODM 1.3 file. */
  static void checkName(XmlCursor cursor) throws StopReading {
    if (OdmNames.ODM_2.equals(cursor.namespace())) {
      throw new StopReading(
          ClinicalFaultKind.NOT_ODM,
          cursor.position(),
          "This is an ODM 2.0 file; the platform reads ODM 1.3.2.");
    }
    if (!cursor.isOdm("ODM")) {
      throw new StopReading(
          ClinicalFaultKind.NOT_ODM,
          cursor.position(),
          "The root element is "
              + cursor.qualifiedName()
              + (cursor.namespace().isEmpty() ? "" : " of namespace " + cursor.namespace())
              + "; an ODM 1.3.2 file has the root element ODM of namespace "
              + OdmNames.ODM
              + ".");
    }
  }

  private FileType fileType(Scope root) {
    String type = guard.required(root, "ODM", "FileType");
    if (type == null) {
      return FileType.TRANSACTIONAL;
    }
    Optional<FileType> known = FileType.fromOdm(type);
    if (known.isEmpty()) {
      root.error(
          ClinicalFaultKind.INVALID_VALUE,
          cursor.position(),
          "ODM has the FileType \"" + type + "\"; ODM 1.3.2 allows Snapshot and Transactional.");
    }
    return known.orElse(FileType.TRANSACTIONAL);
  }

  private void checkVersion() {
    String version = cursor.attribute("ODMVersion");
    if (version != null && !ODM_1_3_VERSIONS.contains(version)) {
      log.warn(
          "ODMVersion",
          ClinicalFaultKind.INVALID_VALUE,
          cursor.position(),
          "ODMVersion \"" + version + "\" is not an ODM 1.3 version; the file is read as 1.3.2.");
    }
  }
}
