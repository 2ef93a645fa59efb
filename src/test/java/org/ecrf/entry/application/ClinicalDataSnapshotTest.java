package org.ecrf.entry.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecrf.entry.application.ImportFixtures.topit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecrf.crf.odm.clinical.ClinicalDataReader;
import org.ecrf.crf.odm.clinical.ClinicalDataSource;
import org.ecrf.crf.odm.clinical.ClinicalDataWriter;
import org.ecrf.crf.odm.clinical.FileType;
import org.ecrf.crf.odm.clinical.FormDataListener;
import org.ecrf.crf.odm.clinical.FormDataSubmission;
import org.ecrf.crf.odm.clinical.FormSnapshot;
import org.ecrf.crf.odm.clinical.ItemData;
import org.ecrf.crf.odm.clinical.ItemGroupData;
import org.ecrf.crf.odm.clinical.OdmFileHeader;
import org.ecrf.crf.odm.clinical.ReadOptions;
import org.ecrf.crf.odm.clinical.ReadOutcome;
import org.ecrf.crf.odm.clinical.ReadSummary;
import org.ecrf.crf.odm.clinical.RefusedForm;
import org.ecrf.crf.odm.clinical.StudyEventSnapshot;
import org.ecrf.entry.domain.FormData;
import org.ecrf.entry.domain.ItemValue;
import org.ecrf.entry.domain.StudyEventData;
import org.junit.jupiter.api.Test;

/**
 * A subject's stored data as ODM Snapshot records: order of the definition, values and units as
 * stored, removed rows and blinded items left out, and a document valid against the ODM schema.
 */
class ClinicalDataSnapshotTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void writesVisitsFormsRowsAndItemsInTheOrderOfTheDefinition() {
    StudyEventData week6 = event("SE.WEEK6");
    StudyEventData screening = event("SE.SCREENING");
    FormData lab = new FormData(week6, "F.LAB", "MDV.1", "inv.ber", NOW);
    value(lab, "IG.LB_INFLAMMATION", 1, "I.LB_CRP", "12", "MU.MG_DL");
    value(lab, "IG.LB_INFLAMMATION", 1, "I.LB_ESR", "20", null);
    value(lab, "IG.LB_CBC", 1, "I.LB_HGB", "11.5", "MU.G_DL");
    FormData anthro = new FormData(week6, "F.ANTHRO", "MDV.1", "inv.ber", NOW);
    value(anthro, "IG.ANTHRO", 1, "I.ANTHRO_WEIGHT_KG", "31.2", "MU.KG");
    FormData demographics = new FormData(screening, "F.DEMOGRAPHICS", "MDV.1", "inv.ber", NOW);

    List<ClinicalDataSnapshot.Part> parts =
        snapshot().parts("TOPIT", "MDV.1", List.of(lab, anthro, demographics));

    assertThat(parts).singleElement();
    List<StudyEventSnapshot> events = parts.get(0).subject().studyEvents();
    assertThat(events)
        .extracting(e -> e.header().studyEventOid())
        .containsExactly("SE.SCREENING", "SE.WEEK6");
    assertThat(events.get(1).forms())
        .extracting(f -> f.header().formOid())
        .containsExactly("F.ANTHRO", "F.LAB");
    FormSnapshot labSnapshot = events.get(1).forms().get(1);
    assertThat(labSnapshot.itemGroups())
        .extracting(ItemGroupData::itemGroupOid)
        .containsExactly("IG.LB_CBC", "IG.LB_INFLAMMATION");
    assertThat(labSnapshot.itemGroups().get(1).items())
        .containsExactly(
            ItemData.of("I.LB_ESR", "20"), ItemData.of("I.LB_CRP", "12").withUnit("MU.MG_DL"));
    assertThat(parts.get(0).header().metaDataVersionOid()).isEqualTo("MDV.1");
  }

  @Test
  void leavesOutRemovedRowsAndBlindedItemsAndRowsOfOnlyBlindedItems() {
    FormData log = new FormData(event("SE.LOGS"), "F.AE", "MDV.1", "inv.ber", NOW);
    value(log, "IG.AE", 1, "I.AE_TERM", "Headache", null);
    value(log, "IG.AE", 2, "I.AE_TERM", "Rash", null);
    log.group("IG.AE", 2).orElseThrow().markRemoved("inv.ber", NOW, "wrong child");
    log.addGroup("IG.AE", 3);
    FormData trough = new FormData(event("SE.WEEK14"), "F.TROUGH", "MDV.1", "inv.ber", NOW);
    value(trough, "IG.TROUGH_RESULT", 1, "I.TROUGH_IFX", "4.2", "MU.UG_ML");
    value(trough, "IG.ATI", 1, "I.ATI_STATUS", "NEG", null);
    value(trough, "IG.ATI", 1, "I.ATI_DRUG_TOLERANT", "Y", null);
    ClinicalDataSnapshot blinded =
        new ClinicalDataSnapshot(
            "BER-0001",
            version -> Optional.of(topit()),
            (definition, itemOid) -> !List.of("I.TROUGH_IFX", "I.ATI_STATUS").contains(itemOid));

    List<StudyEventSnapshot> events =
        blinded.parts("TOPIT", "MDV.1", List.of(log, trough)).get(0).subject().studyEvents();

    FormSnapshot ae =
        events.stream()
            .filter(e -> e.header().studyEventOid().equals("SE.LOGS"))
            .findFirst()
            .orElseThrow()
            .forms()
            .get(0);
    assertThat(ae.itemGroups()).extracting(ItemGroupData::repeatKey).containsExactly("1", "3");
    assertThat(ae.itemGroups().get(1).items()).isEmpty();
    FormSnapshot troughSnapshot =
        events.stream()
            .filter(e -> e.header().studyEventOid().equals("SE.WEEK14"))
            .findFirst()
            .orElseThrow()
            .forms()
            .get(0);
    assertThat(troughSnapshot.itemGroups())
        .extracting(ItemGroupData::itemGroupOid)
        .containsExactly("IG.ATI");
    assertThat(troughSnapshot.itemGroups().get(0).items())
        .containsExactly(ItemData.of("I.ATI_DRUG_TOLERANT", "Y"));
  }

  @Test
  void givesASubjectWithoutFormsOnePartWithTheSubjectAlone() {
    List<ClinicalDataSnapshot.Part> parts = snapshot().parts("TOPIT", "MDV.1", List.of());

    assertThat(parts)
        .singleElement()
        .satisfies(
            part -> {
              assertThat(part.header().metaDataVersionOid()).isEqualTo("MDV.1");
              assertThat(part.subject().header().subjectKey()).isEqualTo("BER-0001");
              assertThat(part.subject().studyEvents()).isEmpty();
            });
  }

  @Test
  void writesADocumentTheReaderAcceptsUnderSchemaValidation() throws IOException {
    FormData lab = new FormData(event("SE.WEEK6"), "F.LAB", "MDV.1", "inv.ber", NOW);
    value(lab, "IG.LB_INFLAMMATION", 1, "I.LB_CRP", "12 < 13 & \"x\"", "MU.MG_DL");
    lab.addGroup("IG.LB_STOOL", 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ClinicalDataWriter writer =
        ClinicalDataWriter.open(out, OdmFileHeader.of("ecrf-test", FileType.SNAPSHOT, NOW));
    for (ClinicalDataSnapshot.Part part : snapshot().parts("TOPIT", "MDV.1", List.of(lab))) {
      writer.startClinicalData(part.header());
      writer.writeSubject(part.subject());
      writer.endClinicalData();
    }
    writer.finish();
    List<FormDataSubmission> read = new ArrayList<>();

    ReadSummary summary =
        new ClinicalDataReader(ReadOptions.defaults().withSchemaValidation(true))
            .read(
                ClinicalDataSource.of(out.toByteArray()),
                new FormDataListener() {
                  @Override
                  public void accepted(FormDataSubmission form) {
                    read.add(form);
                  }

                  @Override
                  public void refused(RefusedForm form) {}
                });

    assertThat(summary.outcome())
        .as(summary.faults().toString())
        .isEqualTo(ReadOutcome.READ_TO_END);
    assertThat(read)
        .singleElement()
        .satisfies(
            form ->
                assertThat(form.itemGroups().get(0).items().get(0).value())
                    .contains("12 < 13 & \"x\""));
  }

  private static ClinicalDataSnapshot snapshot() {
    return new ClinicalDataSnapshot("BER-0001", version -> Optional.of(topit()), (d, item) -> true);
  }

  private static StudyEventData event(String oid) {
    return new StudyEventData(null, oid, 1, "inv.ber", NOW);
  }

  private static void value(
      FormData form, String groupOid, int repeat, String itemOid, String text, String unit) {
    var group = form.group(groupOid, repeat).orElseGet(() -> form.addGroup(groupOid, repeat));
    group
        .addItem(itemOid)
        .store(
            new ItemValue(text, Optional.ofNullable(unit), Optional.empty(), Optional.empty()),
            false,
            false,
            "inv.ber",
            NOW);
  }
}
