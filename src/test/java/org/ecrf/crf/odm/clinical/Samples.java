package org.ecrf.crf.odm.clinical;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Writer input for tests: a subject that uses every construct the writer knows. */
final class Samples {

  static final Instant CREATED = Instant.parse("2025-03-01T10:00:00Z");
  static final Instant ENTERED = Instant.parse("2025-02-10T08:15:30Z");
  static final Instant SIGNED = Instant.parse("2025-02-11T16:00:00Z");

  private Samples() {}

  static OdmFileHeader file(FileType type) {
    return OdmFileHeader.of("EXPORT.TOPIT.1", type, CREATED)
        .withSource("TOPIT sponsor", "ecrf", "0.1.0");
  }

  static AuditRecordData audit(String user, String reason) {
    return AuditRecordData.of(user, "SITE.01", ENTERED).withReasonForChange(reason);
  }

  static Provenance everything(String user, int seqNum) {
    AnnotationData query =
        new AnnotationData(
            seqNum,
            Optional.empty(),
            Optional.of("Please confirm the value"),
            Optional.of(CommentSource.SPONSOR),
            List.of(
                new FlagData(
                    "OPEN", "CL.QUERY_STATUS", Optional.of("QUERY"), Optional.of("CL.FLAG"))));
    return Provenance.of(audit(user, "Initial entry"))
        .withSignature(new SignatureData(user, "SITE.01", "SD.PI", SIGNED))
        .withAnnotations(
            List.of(query, AnnotationData.comment(seqNum + 1, "Confirmed", CommentSource.SITE)));
  }

  /** A subject with a signed, audited and annotated form at every level. */
  static SubjectSnapshot richSubject(String key) {
    ItemData weight =
        ItemData.of("I.WEIGHT", "31.5").withUnit("MU.KG").withProvenance(everything("U.NURSE", 1));
    ItemData reason = ItemData.of("I.COMMENT", "line one\nline two\ttabbed & <quoted> \"x\"");
    ItemData missing = ItemData.nullValue("I.HEIGHT");
    ItemGroupData vitals =
        new ItemGroupData(
            "IG.VS",
            "1",
            Optional.empty(),
            everything("U.NURSE", 10),
            List.of(weight, reason, missing),
            SourcePosition.NONE);
    FormSnapshot form =
        new FormSnapshot(
            new FormDataHeader(
                "F.VS", "1", Optional.empty(), everything("U.PI", 20), SourcePosition.NONE),
            List.of(vitals, ItemGroupData.of("IG.LAB", "2", List.of(ItemData.of("I.CRP", "<5")))));
    StudyEventSnapshot week0 =
        new StudyEventSnapshot(
            new StudyEventDataHeader(
                "SE.WEEK0", "1", Optional.empty(), everything("U.PI", 30), SourcePosition.NONE),
            List.of(form));
    SubjectDataHeader subject =
        new SubjectDataHeader(
            key,
            Optional.empty(),
            Optional.of("U.PI"),
            Optional.of("SITE.01"),
            everything("U.PI", 40),
            SourcePosition.NONE);
    return new SubjectSnapshot(subject, List.of(week0));
  }

  static AdminDataSnapshot adminData() {
    return new AdminDataSnapshot(
        Optional.of("TOPIT"),
        List.of(
            new UserData(
                "U.PI",
                Optional.of(UserType.INVESTIGATOR),
                Optional.of("pi01"),
                Optional.of("Dr. A. Investigator"),
                Optional.of("University Hospital"),
                List.of("SITE.01")),
            new UserData(
                "U.NURSE",
                Optional.of(UserType.OTHER),
                Optional.of("nurse01"),
                Optional.empty(),
                Optional.empty(),
                List.of("SITE.01"))),
        List.of(
            new LocationData(
                "SITE.01",
                "Site 01",
                Optional.of(LocationType.SITE),
                List.of(new MetaDataVersionRefData("TOPIT", "MDV.1", LocalDate.of(2025, 1, 1))))),
        List.of(
            new SignatureDefData(
                "SD.PI",
                Optional.of(SignatureMethod.ELECTRONIC),
                "Investigator approval",
                "21 CFR Part 11")));
  }
}
