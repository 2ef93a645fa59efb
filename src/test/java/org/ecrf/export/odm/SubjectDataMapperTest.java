package org.ecrf.export.odm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecrf.export.odm.Subjects.WEEK14;
import static org.ecrf.export.odm.Subjects.WEEK6;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecrf.crf.odm.clinical.AnnotationData;
import org.ecrf.crf.odm.clinical.ClinicalDataHeader;
import org.ecrf.crf.odm.clinical.ClinicalDataWriter;
import org.ecrf.crf.odm.clinical.FileType;
import org.ecrf.crf.odm.clinical.FormSnapshot;
import org.ecrf.crf.odm.clinical.ItemData;
import org.ecrf.crf.odm.clinical.ItemGroupData;
import org.ecrf.crf.odm.clinical.OdmFileHeader;
import org.ecrf.crf.odm.clinical.StudyEventSnapshot;
import org.ecrf.crf.odm.clinical.SubjectSnapshot;
import org.ecrf.export.application.ExportScope;
import org.ecrf.export.domain.ReconciliationLine;
import org.ecrf.security.domain.Role;
import org.ecrf.testing.TopitDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One subject's SubjectData: order, audit records, signatures, queries, blinding, date range. */
class SubjectDataMapperTest {

  private static final List<String> MEANINGS = List.of("I confirm the data are accurate");

  private OdmReconciliation counts = new OdmReconciliation();

  @Test
  void writesFormsItemGroupsAndItemsInTheDefinitionsOrderWithUnits() {
    SubjectSnapshot written = map(Subjects.child("TDM").lab(WEEK6, "MDV.1").build());

    FormSnapshot lab = onlyForm(written);
    assertThat(lab.itemGroups())
        .extracting(ItemGroupData::itemGroupOid)
        .containsExactly("IG.LB_SAMPLE", "IG.LB_INFLAMMATION");
    assertThat(lab.itemGroups().get(1).items())
        .extracting(ItemData::itemOid)
        .containsExactly("I.LB_ESR", "I.LB_CRP", "I.LB_ALB");
    assertThat(item(lab, "I.LB_CRP").measurementUnitOid()).contains("MU.MG_L");
    assertThat(item(lab, "I.LB_CRP").value()).contains("12.5");
    assertThat(written.header().siteLocationOid()).contains("LOC.BER");
  }

  @Test
  void givesEachValueTheAuditRecordOfItsLastChange() {
    SubjectRecord subject =
        Subjects.child("TDM")
            .lab(WEEK6, "MDV.1")
            .changed(Subjects.labItem(WEEK6, "I.LB_CRP"), 42, "dm", "DATA_MANAGER", "Typo")
            .build();

    FormSnapshot lab = onlyForm(map(subject));

    assertThat(item(lab, "I.LB_CRP").provenance().auditRecord())
        .hasValueSatisfying(
            audit -> {
              assertThat(audit.userOid()).isEqualTo("U.dm");
              assertThat(audit.reasonForChange()).contains("Typo");
              assertThat(audit.sourceId()).contains("audit-event:42");
            });
    assertThat(item(lab, "I.LB_ESR").provenance().auditRecord()).isEmpty();
    assertThat(line(OdmReconciliation.Count.AUDIT_RECORDS))
        .isEqualTo(
            new ReconciliationLine(
                "audit records (last change of each item value written)", 4, 1, ""));
  }

  @ParameterizedTest(name = "{0} reading a child of arm ''{1}'' sees the trough level: {2}")
  @CsvSource({
    "MONITOR, STANDARD, false",
    "INVESTIGATOR, STANDARD, false",
    "NURSE, STANDARD, false",
    "MONITOR, TDM, true",
    "MONITOR, '', true",
    "SPONSOR, STANDARD, true",
    "DATA_MANAGER, STANDARD, true"
  })
  void leavesOutTheValuesTheReaderIsBlindedToForTheChildsArm(
      Role reader, String arm, boolean sees) {
    SubjectRecord subject =
        Subjects.child(arm)
            .trough("3.1")
            .changed(Subjects.troughItem("I.TROUGH_IFX"), 7, "inv.ber", "INVESTIGATOR", "")
            .build();

    SubjectSnapshot written = map(subject, Set.of(reader), date -> true, "MDV.1");

    List<String> groups =
        onlyForm(written).itemGroups().stream().map(ItemGroupData::itemGroupOid).toList();
    if (sees) {
      assertThat(groups).containsExactly("IG.TROUGH_SAMPLE", "IG.TROUGH_RESULT");
      assertThat(line(OdmReconciliation.Count.ITEM_VALUES).note()).isEmpty();
      assertThat(counts.written(OdmReconciliation.Count.AUDIT_RECORDS)).isEqualTo(1);
    } else {
      assertThat(groups)
          .as("a row whose every value is blinded")
          .containsExactly("IG.TROUGH_SAMPLE");
      assertThat(line(OdmReconciliation.Count.ITEM_VALUES))
          .isEqualTo(
              new ReconciliationLine("item values", 3, 1, "2 blinded to the reader's roles"));
      assertThat(counts.written(OdmReconciliation.Count.AUDIT_RECORDS)).isZero();
    }
  }

  @ParameterizedTest(name = "a visit on {0} in [{1}, {2}] is written: {3}")
  @CsvSource({
    "2026-03-10, 2026-03-10, 2026-03-31, true",
    "2026-03-10, 2026-03-11, 2026-03-31, false",
    "2026-03-10, 2026-03-01, 2026-03-10, true",
    "2026-03-10, 2026-03-01, 2026-03-09, false",
    "2026-03-10, , 2026-03-10, true",
    "2026-03-10, 2026-03-10, , true",
    "2026-03-10, , , true"
  })
  void writesOnlyTheVisitsInsideTheDateRange(
      LocalDate visit, LocalDate from, LocalDate to, boolean written) {
    VisitRecord dated = new VisitRecord("SE.WEEK6", 1, Optional.of(visit));
    SubjectRecord subject =
        Subjects.child("TDM")
            .lab(dated, "MDV.1")
            .signed(dated, "F.LAB")
            .query(5, dated, null, null)
            .build();
    ExportScope scope =
        new ExportScope(
            "TOPIT",
            Set.of(Role.SPONSOR),
            Optional.empty(),
            Optional.ofNullable(from),
            Optional.ofNullable(to));

    SubjectSnapshot mapped = map(subject, Set.of(Role.SPONSOR), scope::covers, "MDV.1");

    assertThat(mapped.studyEvents()).hasSize(written ? 1 : 0);
    assertThat(
            List.of(
                line(OdmReconciliation.Count.FORMS),
                line(OdmReconciliation.Count.ITEM_VALUES),
                line(OdmReconciliation.Count.SIGNATURES),
                line(OdmReconciliation.Count.QUERIES)))
        .allMatch(ReconciliationLine::reconciles);
    assertThat(line(OdmReconciliation.Count.FORMS).note())
        .isEqualTo(written ? "" : "1 of visits outside the date range");
    assertThat(line(OdmReconciliation.Count.QUERIES).written()).isEqualTo(written ? 1 : 0);
    assertThat(line(OdmReconciliation.Count.SIGNATURES).written()).isEqualTo(written ? 1 : 0);
  }

  @Test
  void writesAVisitWithoutADateWhateverTheRange() {
    VisitRecord undated = new VisitRecord("SE.WEEK6", 1, Optional.empty());
    SubjectRecord subject = Subjects.child("TDM").lab(WEEK6, "MDV.1").build();
    SubjectRecord withoutDate =
        new SubjectRecord(
            subject.subjectKey(),
            subject.siteCode(),
            subject.armCode(),
            List.of(undated),
            subject.forms(),
            List.of(),
            List.of(),
            List.of());

    assertThat(map(withoutDate, Set.of(Role.SPONSOR), date -> false, "MDV.1").studyEvents())
        .hasSize(1);
  }

  @Test
  void putsEachQueryOnTheItemFormOrVisitItIsAbout() {
    ItemKey crp = Subjects.labItem(WEEK6, "I.LB_CRP");
    ItemKey removed = new ItemKey("SE.WEEK6", 1, "F.LAB", "IG.LB_CBC", 1, "I.LB_HB");
    SubjectRecord subject =
        Subjects.child("TDM")
            .lab(WEEK6, "MDV.1")
            .query(1, WEEK6, "F.LAB", crp)
            .query(2, WEEK6, "F.LAB", null)
            .query(3, WEEK6, "F.LAB", removed)
            .query(4, WEEK6, null, null)
            .query(5, WEEK6, "F.PCDAI", null)
            .build();

    SubjectSnapshot written = map(subject);

    StudyEventSnapshot week6 = written.studyEvents().get(0);
    assertThat(comments(week6.header().provenance().annotations()))
        .containsExactly("Query 4:", "Query 5 on F.PCDAI:");
    FormSnapshot lab = onlyForm(written);
    assertThat(comments(lab.header().provenance().annotations()))
        .containsExactly("Query 2:", "Query 3 on IG.LB_CBC[1]/I.LB_HB:");
    assertThat(lab.header().provenance().annotations())
        .extracting(AnnotationData::seqNum)
        .containsExactly(1, 2);
    assertThat(comments(item(lab, "I.LB_CRP").provenance().annotations()))
        .containsExactly("Query 1:");
    assertThat(line(OdmReconciliation.Count.QUERIES))
        .isEqualTo(new ReconciliationLine("queries", 5, 5, ""));
  }

  @Test
  void leavesOutTheQueriesOfBlindedItems() {
    SubjectRecord subject =
        Subjects.child("STANDARD")
            .trough("3.1")
            .query(9, WEEK14, "F.TROUGH", Subjects.troughItem("I.TROUGH_IFX"))
            .build();

    SubjectSnapshot written = map(subject, Set.of(Role.MONITOR), date -> true, "MDV.1");

    assertThat(written.studyEvents().get(0).header().provenance().annotations()).isEmpty();
    assertThat(onlyForm(written).header().provenance().annotations()).isEmpty();
    assertThat(line(OdmReconciliation.Count.QUERIES))
        .isEqualTo(new ReconciliationLine("queries", 1, 0, "1 blinded to the reader's roles"));
  }

  @Test
  void signsTheFormWithTheSignatureDefOfItsMeaning() {
    SubjectRecord subject =
        Subjects.child("TDM").lab(WEEK6, "MDV.1").signed(WEEK6, "F.LAB").build();

    FormSnapshot lab = onlyForm(map(subject));

    assertThat(lab.header().provenance().signature())
        .hasValueSatisfying(
            signature -> {
              assertThat(signature.signatureOid()).isEqualTo("SD.1");
              assertThat(signature.userOid()).isEqualTo("U.inv.ber");
              assertThat(signature.locationOid()).isEqualTo("LOC.BER");
              assertThat(signature.dateTimeStamp()).isEqualTo(Subjects.AT);
            });
  }

  @Test
  void writesTheSubjectInAnotherVersionOnlyWhenItHasDataThere() {
    SubjectRecord subject =
        Subjects.child("TDM").lab(WEEK6, "MDV.1").query(4, WEEK14, null, null).build();
    SubjectDataMapper mapper = mapper(Set.of(Role.SPONSOR), date -> true);

    assertThat(mapper.subject(subject, "MDV.2", "MDV.1", counts)).isEmpty();
    Optional<SubjectSnapshot> home = mapper.subject(subject, "MDV.1", "MDV.1", counts);
    assertThat(home.orElseThrow().studyEvents())
        .extracting(e -> e.header().studyEventOid())
        .containsExactly("SE.WEEK6", "SE.WEEK14");
    Optional<SubjectSnapshot> other =
        mapper.subject(subject, "MDV.1", "MDV.2", new OdmReconciliation());
    assertThat(other.orElseThrow().studyEvents())
        .as("the visit query belongs to the home version")
        .extracting(e -> e.header().studyEventOid())
        .containsExactly("SE.WEEK6");
  }

  @Test
  void theWrittenSubjectIsValidOdm() throws IOException {
    SubjectRecord subject =
        Subjects.child("STANDARD")
            .lab(WEEK6, "MDV.1")
            .trough("3.1")
            .changed(Subjects.labItem(WEEK6, "I.LB_CRP"), 42, "dm", "DATA_MANAGER", "Typo")
            .signed(WEEK6, "F.LAB")
            .query(1, WEEK6, "F.LAB", Subjects.labItem(WEEK6, "I.LB_CRP"))
            .query(2, WEEK6, null, null)
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ClinicalDataWriter writer =
        ClinicalDataWriter.open(
            out, OdmFileHeader.of("F.1", FileType.SNAPSHOT, Instant.parse("2026-06-01T00:00:00Z")));
    writer.startClinicalData(new ClinicalDataHeader("TOPIT", "MDV.1"));
    writer.writeSubject(map(subject, Set.of(Role.MONITOR), date -> true, "MDV.1"));
    writer.finish();

    assertThat(OdmSchemas.errors(OdmSchemas.ODM, out.toByteArray())).isEmpty();
  }

  private SubjectSnapshot map(SubjectRecord subject) {
    return map(subject, Set.of(Role.SPONSOR), date -> true, "MDV.1");
  }

  private SubjectSnapshot map(
      SubjectRecord subject,
      Set<Role> roles,
      java.util.function.Predicate<LocalDate> covers,
      String home) {
    return mapper(roles, covers).subject(subject, "MDV.1", home, counts).orElseThrow();
  }

  private static SubjectDataMapper mapper(
      Set<Role> roles, java.util.function.Predicate<LocalDate> covers) {
    return new SubjectDataMapper(version -> TopitDefinition.get(), roles, covers, MEANINGS);
  }

  private ReconciliationLine line(OdmReconciliation.Count count) {
    return counts.reconciliation().lines().get(count.ordinal());
  }

  private static FormSnapshot onlyForm(SubjectSnapshot subject) {
    return subject.studyEvents().stream()
        .flatMap(event -> event.forms().stream())
        .reduce((a, b) -> a.header().formOid().equals("F.TROUGH") ? a : b)
        .orElseThrow();
  }

  private static ItemData item(FormSnapshot form, String itemOid) {
    return form.itemGroups().stream()
        .flatMap(group -> group.items().stream())
        .filter(item -> item.itemOid().equals(itemOid))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> comments(List<AnnotationData> annotations) {
    return annotations.stream()
        .map(a -> a.comment().orElseThrow())
        .map(comment -> comment.substring(0, comment.indexOf(':') + 1))
        .toList();
  }
}
