package org.ecrf.crf.odm.clinical;

/**
 * Which study and which version of its definition a ClinicalData element's data belong to.
 *
 * @param studyOid the StudyOID
 * @param metaDataVersionOid the MetaDataVersionOID the data were entered under
 * @param position where the ClinicalData element is in the file read; {@link SourcePosition#NONE}
 *     when built in code
 */
public record ClinicalDataHeader(
    String studyOid, String metaDataVersionOid, SourcePosition position) {

  public ClinicalDataHeader {
    Require.key(studyOid, "studyOid");
    Require.key(metaDataVersionOid, "metaDataVersionOid");
    Require.present(position, "position");
  }

  public ClinicalDataHeader(String studyOid, String metaDataVersionOid) {
    this(studyOid, metaDataVersionOid, SourcePosition.NONE);
  }
}
