package org.ecrf.crf.odm.clinical;

/** Small ODM documents for reader tests, written out as text so that each test shows its XML. */
final class OdmText {

  static final String HEADER =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<ODM xmlns=\"http://www.cdisc.org/ns/odm/v1.3\" ODMVersion=\"1.3.2\""
          + " FileType=\"Transactional\" FileOID=\"F.TEST\""
          + " CreationDateTime=\"2025-03-01T10:00:00Z\">\n";

  private OdmText() {}

  /** An ODM document (Transactional) with one ClinicalData holding the given subjects. */
  static String document(String subjects) {
    return HEADER
        + "<ClinicalData StudyOID=\"TOPIT\" MetaDataVersionOID=\"MDV.1\">\n"
        + subjects
        + "</ClinicalData>\n</ODM>\n";
  }

  /** A subject with one study event (SE.WEEK0) holding the given forms. */
  static String subject(String key, String forms) {
    return "<SubjectData SubjectKey=\""
        + key
        + "\">\n<StudyEventData StudyEventOID=\"SE.WEEK0\">\n"
        + forms
        + "</StudyEventData>\n</SubjectData>\n";
  }

  /** A form with one item group holding the given items. */
  static String form(String formOid, String items) {
    return "<FormData FormOID=\""
        + formOid
        + "\">\n<ItemGroupData ItemGroupOID=\"IG.ONE\">\n"
        + items
        + "</ItemGroupData>\n</FormData>\n";
  }

  static String item(String itemOid, String value) {
    return "<ItemData ItemOID=\"" + itemOid + "\" Value=\"" + value + "\"/>\n";
  }

  /** A document of one subject, one event and one form with one item group of the given items. */
  static String oneForm(String items) {
    return document(subject("001-0001", form("F.ONE", items)));
  }
}
