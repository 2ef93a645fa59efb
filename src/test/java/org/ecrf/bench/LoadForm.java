package org.ecrf.bench;

/**
 * The form a load works on and the one numeric item its saves change: where the form's page is, how
 * a change of the item is written as ODM (an Update with its reason for change), and where the
 * item's audit trail is read.
 *
 * @param study the study OID, e.g. {@code TOPIT}
 * @param event the StudyEventOID of the visit
 * @param form the FormOID
 * @param itemGroup the ItemGroupOID holding the item
 * @param item the ItemOID of the numeric item that saves change
 */
record LoadForm(String study, String event, String form, String itemGroup, String item) {

  /** The TOPIT load: the week-2 weight of the anthropometrics form. */
  static final LoadForm TOPIT_WEIGHT =
      new LoadForm("TOPIT", "SE.WEEK2", "F.ANTHRO", "IG.ANTHRO", "I.ANTHRO_WEIGHT_KG");

  /** The API path of the study, ending with '/'. */
  String studyPath() {
    return "api/v1/studies/" + study + "/";
  }

  /** The data-entry page of the form for a subject. */
  String pagePath(String subjectKey) {
    return "entry/form.xhtml?study="
        + study
        + "&subject="
        + subjectKey
        + "&event="
        + event
        + "&repeat=1&form="
        + form;
  }

  /** An ODM update of the item for a subject, with its reason for change. */
  String change(String subjectKey, String value) {
    return clinicalData(
        study,
        """
        <SubjectData SubjectKey="%s"><StudyEventData StudyEventOID="%s">
          <FormData FormOID="%s" TransactionType="Update">
            <AuditRecord><UserRef UserOID="U.BENCH"/><LocationRef LocationOID="L.BENCH"/>
              <DateTimeStamp>2026-03-01T10:00:00Z</DateTimeStamp>
              <ReasonForChange>Measured again</ReasonForChange></AuditRecord>
            <ItemGroupData ItemGroupOID="%s">
              <ItemData ItemOID="%s" Value="%s"/>
            </ItemGroupData>
          </FormData></StudyEventData></SubjectData>
        """
            .formatted(subjectKey, event, form, itemGroup, item, value));
  }

  /** A transactional ODM file with ClinicalData of MetaDataVersion MDV.1 of a study. */
  static String clinicalData(String study, String subjectData) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <ODM xmlns="http://www.cdisc.org/ns/odm/v1.3" ODMVersion="1.3.2" FileType="Transactional"
             FileOID="BENCH.%s" CreationDateTime="2026-03-01T10:00:00Z">
          <ClinicalData StudyOID="%s" MetaDataVersionOID="MDV.1">
        %s
          </ClinicalData>
        </ODM>
        """
        .formatted(study, study, subjectData);
  }
}
