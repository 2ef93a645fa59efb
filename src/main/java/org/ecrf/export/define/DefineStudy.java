package org.ecrf.export.define;

/**
 * The study a define describes (ODM Study and GlobalVariables) and the version of its metadata (ODM
 * MetaDataVersion).
 *
 * @param oid the ODM Study OID (e.g. {@code TOPIT})
 * @param name the study name (ODM StudyName)
 * @param description what the study is (ODM StudyDescription)
 * @param protocolName the protocol's name or number (ODM ProtocolName)
 * @param metaDataVersionOid the MetaDataVersion OID, the one the datasets' files name
 * @param metaDataVersionName the MetaDataVersion's name (e.g. "TOPIT SDTM data definitions")
 */
public record DefineStudy(
    String oid,
    String name,
    String description,
    String protocolName,
    String metaDataVersionOid,
    String metaDataVersionName) {

  public DefineStudy {
    require(oid, "study OID");
    require(name, "study name");
    require(description, "study description");
    require(protocolName, "protocol name");
    require(metaDataVersionOid, "MetaDataVersion OID");
    require(metaDataVersionName, "MetaDataVersion name");
  }

  private static void require(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("The define needs a " + what);
    }
  }
}
