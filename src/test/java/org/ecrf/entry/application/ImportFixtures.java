package org.ecrf.entry.application;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.odm.clinical.ClinicalDataReader;
import org.ecrf.crf.odm.clinical.ClinicalDataSource;
import org.ecrf.crf.odm.clinical.FormDataListener;
import org.ecrf.crf.odm.clinical.FormDataSubmission;
import org.ecrf.crf.odm.clinical.ReadOptions;
import org.ecrf.crf.odm.clinical.RefusedForm;
import org.ecrf.entry.domain.EntryContext;
import org.ecrf.entry.domain.FormEvaluation;
import org.ecrf.entry.domain.FormEvaluator;
import org.ecrf.entry.domain.FormValues;
import org.ecrf.entry.domain.SubjectFacts;
import org.ecrf.entry.domain.VisitContext;
import org.ecrf.subject.domain.Diagnosis;
import org.ecrf.subject.domain.Sex;
import org.ecrf.testing.TopitDefinition;

/**
 * The real TOPIT definition and small ODM files written out as text, read with the platform's
 * reader, so that each import test shows the XML it imports.
 */
final class ImportFixtures {

  static final String AUDIT_USER =
      "<UserRef UserOID=\"U.LAB\"/><LocationRef LocationOID=\"L.LAB\"/>"
          + "<DateTimeStamp>2026-03-01T10:00:00Z</DateTimeStamp>";

  private static StudyDefinition topit;

  private ImportFixtures() {}

  static synchronized StudyDefinition topit() {
    if (topit == null) {
      topit = TopitDefinition.get();
    }
    return topit;
  }

  /** An AuditRecord with a reason for change. */
  static String audit(String reason) {
    return "<AuditRecord>"
        + AUDIT_USER
        + "<ReasonForChange>"
        + reason
        + "</ReasonForChange>"
        + "</AuditRecord>";
  }

  /** A file of the given type with one form of BER-0001 at SE.WEEK6 (body: the FormData). */
  static String file(String fileType, String formData) {
    return file(fileType, "", formData);
  }

  /** The same, with attributes on the StudyEventData (e.g. a transaction type). */
  static String file(String fileType, String eventAttributes, String formData) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<ODM xmlns=\"http://www.cdisc.org/ns/odm/v1.3\" ODMVersion=\"1.3.2\" FileType=\""
        + fileType
        + "\" FileOID=\"F.IMPORT.TEST\" CreationDateTime=\"2026-03-01T10:00:00Z\">\n"
        + "<ClinicalData StudyOID=\"TOPIT\" MetaDataVersionOID=\"MDV.1\">\n"
        + "<SubjectData SubjectKey=\"BER-0001\">\n"
        + "<StudyEventData StudyEventOID=\"SE.WEEK6\""
        + eventAttributes
        + ">\n"
        + formData
        + "\n</StudyEventData>\n</SubjectData>\n</ClinicalData>\n</ODM>\n";
  }

  /** The one form of a Transactional file. */
  static FormDataSubmission form(String formData) {
    return only(file("Transactional", formData));
  }

  /** The one form of a file, which the reader must accept. */
  static FormDataSubmission only(String xml) {
    List<FormDataSubmission> accepted = new ArrayList<>();
    List<RefusedForm> refused = new ArrayList<>();
    new ClinicalDataReader(ReadOptions.defaults())
        .read(
            ClinicalDataSource.of(xml.getBytes(StandardCharsets.UTF_8)),
            new FormDataListener() {
              @Override
              public void accepted(FormDataSubmission form) {
                accepted.add(form);
              }

              @Override
              public void refused(RefusedForm form) {
                refused.add(form);
              }
            });
    if (!refused.isEmpty() || accepted.size() != 1) {
      throw new IllegalArgumentException("The test file is not one readable form: " + refused);
    }
    return accepted.get(0);
  }

  /** The evaluation of a form's values for a 12-year-old with Crohn's disease at SE.WEEK6. */
  static FormEvaluation evaluate(String formOid, FormValues values) {
    return evaluate(formOid, values, Diagnosis.CD);
  }

  static FormEvaluation evaluate(String formOid, FormValues values, Diagnosis diagnosis) {
    EntryContext context =
        new EntryContext(
            "BER-0001",
            SubjectFacts.of(Sex.F, YearMonth.of(2013, 11), diagnosis, "TDM"),
            VisitContext.of("SE.WEEK6", LocalDate.of(2026, 3, 2)));
    return FormEvaluator.evaluate(
        topit(), formOid, values, context, PlatformDerivations.withoutStoredData());
  }
}
