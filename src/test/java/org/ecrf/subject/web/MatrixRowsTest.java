package org.ecrf.subject.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.site.domain.Site;
import org.ecrf.site.domain.SiteDetails;
import org.ecrf.subject.application.MatrixPage;
import org.ecrf.subject.application.StartedVisit;
import org.ecrf.subject.domain.NewSubject;
import org.ecrf.subject.domain.Subject;
import org.ecrf.subject.domain.SubjectKey;
import org.ecrf.testing.TopitDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Matrix rows from the real TOPIT definition. */
class MatrixRowsTest {

  private static final Instant REGISTERED = Instant.parse("2026-03-01T23:30:00Z");
  private static final Site POT =
      new Site("POT", new SiteDetails("Potsdam", "DEU", "Europe/Berlin"), REGISTERED);

  private static StudyDefinition topit;

  @BeforeAll
  static void readTopit() {
    topit = TopitDefinition.get();
  }

  @Test
  void everyStudyEventIsAColumnInTheDefinitionsOrder() {
    List<VisitColumn> columns = MatrixRows.columnsOf(topit);

    assertThat(columns).hasSize(topit.events().size());
    assertThat(columns.get(0)).isEqualTo(new VisitColumn("SE.SCREENING", "Screening", false));
    assertThat(columns)
        .filteredOn(VisitColumn::repeating)
        .extracting(VisitColumn::eventOid)
        .containsExactly("SE.UNSCHEDULED");
  }

  @Test
  void aCellHoldsOnlyTheFormsThatApplyToTheChildsDiagnosis() {
    Subject crohns = child(1, "CD");
    Subject colitis = child(2, "UC");

    List<MatrixRow> rows =
        MatrixRows.of("TOPIT", topit, new MatrixPage(List.of(crohns, colitis), List.of()));

    assertThat(formsAt(rows.get(0), "SE.WEEK0"))
        .containsExactly("F.ANTHRO", "F.PCDAI", "F.WPCDAI", "F.LAB", "F.SESCD", "F.INFUSION");
    assertThat(formsAt(rows.get(1), "SE.WEEK0"))
        .containsExactly("F.ANTHRO", "F.PUCAI", "F.LAB", "F.ENDO_UC", "F.INFUSION");
  }

  @Test
  void aFormShowsItsStatusOrNotStartedAndLinksToItsEntryPage() {
    Subject child = child(7, "UC");
    StartedVisit week0 =
        new StartedVisit(
            "POT-0007",
            "SE.WEEK0",
            1,
            Map.of("F.ANTHRO", "COMPLETE", "F.PUCAI", "IN_PROGRESS"),
            false);

    MatrixRow row =
        MatrixRows.of("TOPIT", topit, new MatrixPage(List.of(child), List.of(week0))).get(0);

    List<FormIcon> icons = cell(row, "SE.WEEK0").forms();
    assertThat(icons)
        .extracting(FormIcon::formOid, FormIcon::status)
        .startsWith(
            org.assertj.core.groups.Tuple.tuple("F.ANTHRO", "COMPLETE"),
            org.assertj.core.groups.Tuple.tuple("F.PUCAI", "IN_PROGRESS"),
            org.assertj.core.groups.Tuple.tuple("F.LAB", "NOT_STARTED"));
    assertThat(icons.get(0).name()).isEqualTo("Anthropometrics");
    assertThat(icons.get(1).entryQuery())
        .isEqualTo("study=TOPIT&subject=POT-0007&event=SE.WEEK0&repeat=1&form=F.PUCAI");
    assertThat(cell(row, "SE.WEEK2").forms())
        .extracting(FormIcon::status)
        .containsOnly("NOT_STARTED");
  }

  @Test
  void aMissedVisitIsMarkedSoInItsCellAndOtherVisitsAreNot() {
    Subject child = child(5, "CD");
    StartedVisit week2 = new StartedVisit("POT-0005", "SE.WEEK2", 1, Map.of(), true);

    MatrixRow row =
        MatrixRows.of("TOPIT", topit, new MatrixPage(List.of(child), List.of(week2))).get(0);

    assertThat(cell(row, "SE.WEEK2").missed()).isTrue();
    assertThat(cell(row, "SE.WEEK6").missed()).isFalse();
  }

  @Test
  void aRepeatingVisitCountsItsStartedRepeatsAndListsNoForms() {
    Subject child = child(3, "CD");
    List<StartedVisit> visits =
        List.of(
            new StartedVisit("POT-0003", "SE.UNSCHEDULED", 1, Map.of("F.LAB", "COMPLETE"), false),
            new StartedVisit("POT-0003", "SE.UNSCHEDULED", 2, Map.of(), false),
            new StartedVisit("POT-0004", "SE.UNSCHEDULED", 1, Map.of(), false));

    MatrixRow row = MatrixRows.of("TOPIT", topit, new MatrixPage(List.of(child), visits)).get(0);

    assertThat(cell(row, "SE.UNSCHEDULED").repeating()).isTrue();
    assertThat(cell(row, "SE.UNSCHEDULED").repeats()).isEqualTo(2);
    assertThat(cell(row, "SE.UNSCHEDULED").forms()).isEmpty();
  }

  @Test
  void theRowCarriesTheSubjectsFactsAndTheUtcDayOfRegistration() {
    MatrixRow row =
        MatrixRows.of("TOPIT", topit, new MatrixPage(List.of(child(9, "UC")), List.of())).get(0);

    assertThat(row.getKey()).isEqualTo("POT-0009");
    assertThat(row.getSite()).isEqualTo("POT");
    assertThat(row.getDiagnosis()).isEqualTo("UC");
    assertThat(row.getStatus()).isEqualTo("SCREENING");
    assertThat(row.getRegisteredOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(row.getCells()).hasSize(topit.events().size());
  }

  @Test
  void partsOfTheEntryQueryAreUrlEncoded() {
    assertThat(MatrixRows.entryQuery("A&B", "POT-0001", "SE.X Y", "F.Z"))
        .isEqualTo("study=A%26B&subject=POT-0001&event=SE.X+Y&repeat=1&form=F.Z");
  }

  private static Subject child(int sequence, String diagnosis) {
    return new Subject(
        "TOPIT",
        new SubjectKey("POT", sequence),
        POT,
        NewSubject.parse("POT", "2014-05", "F", diagnosis, LocalDate.of(2026, 3, 1)),
        "inv.pot",
        REGISTERED);
  }

  private static MatrixCell cell(MatrixRow row, String eventOid) {
    return row.getCells().stream()
        .filter(c -> c.eventOid().equals(eventOid))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> formsAt(MatrixRow row, String eventOid) {
    return cell(row, eventOid).forms().stream().map(FormIcon::formOid).toList();
  }
}
