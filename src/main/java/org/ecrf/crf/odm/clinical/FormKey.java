package org.ecrf.crf.odm.clinical;

/**
 * The keys that locate one form in a study's clinical data, for answers such as "form F.PUCAI of
 * subject 001-0004 at SE.WEEK2 repeat 1 was refused". A key the file did not give (which may be why
 * the form was refused) is the empty string.
 */
public record FormKey(
    String studyOid,
    String subjectKey,
    String studyEventOid,
    String studyEventRepeatKey,
    String formOid,
    String formRepeatKey) {

  public FormKey {
    Require.present(studyOid, "studyOid");
    Require.present(subjectKey, "subjectKey");
    Require.present(studyEventOid, "studyEventOid");
    Require.present(studyEventRepeatKey, "studyEventRepeatKey");
    Require.present(formOid, "formOid");
    Require.present(formRepeatKey, "formRepeatKey");
  }

  /** {@code STUDY/subject/SE.OID[repeat]/F.OID[repeat]}, with "?" for a key the file lacked. */
  @Override
  public String toString() {
    return shown(studyOid)
        + "/"
        + shown(subjectKey)
        + "/"
        + shown(studyEventOid)
        + "["
        + shown(studyEventRepeatKey)
        + "]/"
        + shown(formOid)
        + "["
        + shown(formRepeatKey)
        + "]";
  }

  private static String shown(String key) {
    return key.isEmpty() ? "?" : key;
  }
}
