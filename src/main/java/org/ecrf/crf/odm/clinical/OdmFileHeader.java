package org.ecrf.crf.odm.clinical;

import java.time.Instant;
import java.util.Optional;

/**
 * What the ODM root element of a written file says about the file (ODM 1.3.2 schema,
 * ODMAttributeDefinition); the ODMVersion is always 1.3.2.
 *
 * @param fileOid a unique identifier of this file, for the receiver's records
 * @param fileType Snapshot (the current state only) or Transactional (with how it came to be)
 * @param creationDateTime when the file was created; written in UTC
 * @param originator the organisation that created the file
 * @param sourceSystem the system that created it
 * @param sourceSystemVersion that system's version
 */
public record OdmFileHeader(
    String fileOid,
    FileType fileType,
    Instant creationDateTime,
    Optional<String> originator,
    Optional<String> sourceSystem,
    Optional<String> sourceSystemVersion) {

  public OdmFileHeader {
    Require.key(fileOid, "fileOid");
    Require.present(fileType, "fileType");
    Require.present(creationDateTime, "creationDateTime");
    Require.present(originator, "originator");
    Require.present(sourceSystem, "sourceSystem");
    Require.present(sourceSystemVersion, "sourceSystemVersion");
  }

  /** A header without originator or source system. */
  public static OdmFileHeader of(String fileOid, FileType fileType, Instant creationDateTime) {
    return new OdmFileHeader(
        fileOid, fileType, creationDateTime, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The same header naming the organisation and system that wrote the file. */
  public OdmFileHeader withSource(String organisation, String system, String version) {
    return new OdmFileHeader(
        fileOid,
        fileType,
        creationDateTime,
        Optional.of(organisation),
        Optional.of(system),
        Optional.of(version));
  }
}
