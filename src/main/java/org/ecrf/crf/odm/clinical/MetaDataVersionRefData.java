package org.ecrf.crf.odm.clinical;

import java.time.LocalDate;

/**
 * Which version of a study's definition a location uses from which date (ODM MetaDataVersionRef).
 *
 * @param studyOid the study
 * @param metaDataVersionOid the MetaDataVersion
 * @param effectiveDate from when the location uses it
 */
public record MetaDataVersionRefData(
    String studyOid, String metaDataVersionOid, LocalDate effectiveDate) {

  public MetaDataVersionRefData {
    Require.key(studyOid, "studyOid");
    Require.key(metaDataVersionOid, "metaDataVersionOid");
    Require.present(effectiveDate, "effectiveDate");
  }
}
