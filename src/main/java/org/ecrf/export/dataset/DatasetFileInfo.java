package org.ecrf.export.dataset;

import java.time.Instant;
import java.util.Objects;

/**
 * What a dataset file says about where it comes from (Dataset-JSON's file-level attributes, the XPT
 * header's dates).
 *
 * @param studyOid the study (ODM Study OID, e.g. {@code TOPIT})
 * @param metaDataVersionOid the define's MetaDataVersion the datasets conform to
 * @param created when the export was made
 * @param originator who made it (the organisation)
 * @param sourceSystem the platform's name
 * @param sourceSystemVersion the platform's version
 */
public record DatasetFileInfo(
    String studyOid,
    String metaDataVersionOid,
    Instant created,
    String originator,
    String sourceSystem,
    String sourceSystemVersion) {

  public DatasetFileInfo {
    Objects.requireNonNull(studyOid, "studyOid");
    Objects.requireNonNull(metaDataVersionOid, "metaDataVersionOid");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(originator, "originator");
    Objects.requireNonNull(sourceSystem, "sourceSystem");
    Objects.requireNonNull(sourceSystemVersion, "sourceSystemVersion");
  }
}
