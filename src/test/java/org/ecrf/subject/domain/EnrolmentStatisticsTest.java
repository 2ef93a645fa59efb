package org.ecrf.subject.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecrf.crf.domain.StratificationFactor;
import org.ecrf.subject.domain.EnrolmentTimeline.SiteCurve;
import org.ecrf.subject.domain.StratumEnrolment.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnrolmentStatisticsTest {

  private static final List<StratificationFactor> DIAGNOSIS_BY_SITE =
      List.of(StratificationFactor.DIAGNOSIS, StratificationFactor.SITE);
  private static final YearMonth JUNE = YearMonth.of(2026, 6);
  private static final List<String> SITES = List.of("POT", "BER");

  @ParameterizedTest(
      name =
          "{0} counts as registered {1}, screening {2}, failed {3}, enrolled {4}, randomised {5}")
  @CsvSource({
    "SCREENING,     1, 1, 0, 0, 0",
    "SCREEN_FAILED, 1, 0, 1, 0, 0",
    "ENROLLED,      1, 0, 0, 1, 0",
    "RANDOMISED,    1, 0, 0, 1, 1",
    "WITHDRAWN,     1, 0, 0, 1, 1",
    "COMPLETED,     1, 0, 0, 1, 1"
  })
  void eachStatusCountsInItsColumns(
      SubjectStatus status,
      int registered,
      int inScreening,
      int screenFailures,
      int enrolled,
      int randomised) {
    EnrolmentCounts counts = EnrolmentCounts.NONE.plus(status);

    assertThat(counts)
        .isEqualTo(
            new EnrolmentCounts(registered, inScreening, screenFailures, enrolled, randomised));
    assertThat(counts.inScreening() + counts.screenFailures() + counts.enrolled())
        .isEqualTo(counts.registered());
  }

  @Test
  void countsPerSiteListEverySiteInCodeOrderAndAddUpToTheTotal() {
    List<EnrolmentRecord> records =
        List.of(
            child(
                "POT",
                Diagnosis.CD,
                SubjectStatus.RANDOMISED,
                "2026-01-10T09:00:00Z",
                "2026-02-01T09:00:00Z"),
            child("POT", Diagnosis.UC, SubjectStatus.SCREEN_FAILED, "2026-01-12T09:00:00Z", null),
            child("BER", Diagnosis.CD, SubjectStatus.SCREENING, "2026-03-01T09:00:00Z", null));

    EnrolmentSummary summary = summarise(records, List.of("POT", "BER", "HH"));

    assertThat(summary.sites())
        .containsExactly(
            new SiteEnrolment("BER", new EnrolmentCounts(1, 1, 0, 0, 0)),
            new SiteEnrolment("HH", EnrolmentCounts.NONE),
            new SiteEnrolment("POT", new EnrolmentCounts(2, 0, 1, 1, 1)));
    assertThat(summary.total()).isEqualTo(new EnrolmentCounts(3, 1, 1, 1, 1));
  }

  @Test
  void aSiteOnlyTheRecordsNameIsStillCounted() {
    EnrolmentSummary summary =
        summarise(
            List.of(
                child("HH", Diagnosis.CD, SubjectStatus.ENROLLED, "2026-05-02T00:00:00Z", null)),
            List.of("BER"));

    assertThat(summary.sites()).extracting(SiteEnrolment::siteCode).containsExactly("BER", "HH");
    assertThat(summary.sites().get(1).counts().enrolled()).isEqualTo(1);
  }

  @Test
  void strataAreDiagnosisBySiteWithEmptyStrataAndTheFirstFactorVaryingSlowest() {
    List<EnrolmentRecord> records =
        List.of(
            child(
                "POT",
                Diagnosis.UC,
                SubjectStatus.RANDOMISED,
                "2026-01-10T09:00:00Z",
                "2026-01-20T09:00:00Z"),
            child("POT", Diagnosis.UC, SubjectStatus.ENROLLED, "2026-01-11T09:00:00Z", null));

    EnrolmentSummary summary = summarise(records, SITES);

    assertThat(summary.strata())
        .extracting(s -> s.levels().get(0).level() + "/" + s.levels().get(1).level())
        .containsExactly("CD/BER", "CD/POT", "UC/BER", "UC/POT");
    assertThat(summary.strata().get(3).counts()).isEqualTo(new EnrolmentCounts(2, 0, 0, 2, 1));
    assertThat(summary.strata().subList(0, 3))
        .allSatisfy(s -> assertThat(s.counts()).isEqualTo(EnrolmentCounts.NONE));
    assertThat(summary.strata().get(0).levels())
        .containsExactly(new Level("DIAGNOSIS", "CD"), new Level("SITE", "BER"));
  }

  @Test
  void aStudyStratifiedAlsoBySexHasEightStrataForTwoSites() {
    EnrolmentSummary summary =
        EnrolmentStatistics.summarise(
            List.of(
                child("BER", Diagnosis.CD, SubjectStatus.SCREENING, "2026-01-10T09:00:00Z", null)),
            SITES,
            List.of(
                StratificationFactor.SITE,
                StratificationFactor.DIAGNOSIS,
                StratificationFactor.SEX),
            JUNE,
            ZoneOffset.UTC);

    assertThat(summary.strata()).hasSize(8);
    assertThat(summary.strata().get(0).levels())
        .containsExactly(
            new Level("SITE", "BER"), new Level("DIAGNOSIS", "CD"), new Level("SEX", "F"));
    assertThat(summary.strata().get(0).counts().registered()).isEqualTo(1);
  }

  @Test
  void anUnstratifiedStudyHasNoStrata() {
    EnrolmentSummary summary =
        EnrolmentStatistics.summarise(
            List.of(
                child("BER", Diagnosis.CD, SubjectStatus.SCREENING, "2026-01-10T09:00:00Z", null)),
            SITES,
            List.of(),
            JUNE,
            ZoneOffset.UTC);

    assertThat(summary.strata()).isEmpty();
    assertThat(summary.total().registered()).isEqualTo(1);
  }

  @Test
  void curvesRunEveryMonthFromNoughtBeforeTheFirstRegistrationToTheCurrentMonthWithoutGaps() {
    List<EnrolmentRecord> records =
        List.of(
            child(
                "POT",
                Diagnosis.CD,
                SubjectStatus.RANDOMISED,
                "2026-01-10T09:00:00Z",
                "2026-03-05T09:00:00Z"),
            child("POT", Diagnosis.CD, SubjectStatus.SCREENING, "2026-04-30T09:00:00Z", null),
            child(
                "BER",
                Diagnosis.UC,
                SubjectStatus.COMPLETED,
                "2026-02-01T09:00:00Z",
                "2026-02-15T09:00:00Z"));

    EnrolmentTimeline timeline = summarise(records, SITES).timeline();

    assertThat(timeline.months())
        .containsExactly(
            YearMonth.of(2025, 12),
            YearMonth.of(2026, 1),
            YearMonth.of(2026, 2),
            YearMonth.of(2026, 3),
            YearMonth.of(2026, 4),
            YearMonth.of(2026, 5),
            YearMonth.of(2026, 6));
    assertThat(timeline.sites())
        .containsExactly(
            new SiteCurve("BER", List.of(0, 0, 1, 1, 1, 1, 1), List.of(0, 0, 1, 1, 1, 1, 1)),
            new SiteCurve("POT", List.of(0, 1, 1, 1, 2, 2, 2), List.of(0, 0, 0, 1, 1, 1, 1)));
  }

  @Test
  void curvesCrossAYearBoundary() {
    EnrolmentTimeline timeline =
        EnrolmentStatistics.summarise(
                List.of(
                    child(
                        "BER", Diagnosis.CD, SubjectStatus.ENROLLED, "2025-11-03T09:00:00Z", null)),
                SITES,
                DIAGNOSIS_BY_SITE,
                YearMonth.of(2026, 2),
                ZoneOffset.UTC)
            .timeline();

    assertThat(timeline.months())
        .extracting(YearMonth::toString)
        .containsExactly("2025-10", "2025-11", "2025-12", "2026-01", "2026-02");
    assertThat(timeline.sites().get(0).registered()).containsExactly(0, 1, 1, 1, 1);
  }

  @ParameterizedTest(name = "registered at {0} in zone {1} belongs to {2}")
  @CsvSource({
    "2026-01-31T23:59:59Z, UTC,           2026-01",
    "2026-02-01T00:00:00Z, UTC,           2026-02",
    "2026-01-31T22:59:59Z, Europe/Berlin, 2026-01",
    "2026-01-31T23:00:00Z, Europe/Berlin, 2026-02",
    "2026-01-01T00:00:00Z, America/New_York, 2025-12"
  })
  void aRegistrationBelongsToTheCalendarMonthOfTheZone(
      String registeredAt, String zone, String month) {
    EnrolmentTimeline timeline =
        EnrolmentStatistics.summarise(
                List.of(child("BER", Diagnosis.CD, SubjectStatus.SCREENING, registeredAt, null)),
                List.of("BER"),
                DIAGNOSIS_BY_SITE,
                YearMonth.of(2026, 1),
                ZoneId.of(zone))
            .timeline();

    assertThat(timeline.months().get(1)).hasToString(month);
    assertThat(timeline.sites().get(0).registered()).startsWith(0, 1);
  }

  @Test
  void curvesRunOnWhenARecordLiesBeyondTheCurrentMonth() {
    EnrolmentTimeline timeline =
        EnrolmentStatistics.summarise(
                List.of(
                    child(
                        "BER",
                        Diagnosis.CD,
                        SubjectStatus.RANDOMISED,
                        "2026-05-30T09:00:00Z",
                        "2026-07-01T08:00:00Z")),
                SITES,
                DIAGNOSIS_BY_SITE,
                YearMonth.of(2026, 5),
                ZoneOffset.UTC)
            .timeline();

    assertThat(timeline.months()).hasSize(4).last().isEqualTo(YearMonth.of(2026, 7));
    assertThat(timeline.sites().get(0).randomised()).containsExactly(0, 0, 0, 1);
  }

  @Test
  void aRandomisedChildWithoutAllocationTimeIsCountedButNotPlotted() {
    EnrolmentSummary summary =
        summarise(
            List.of(
                child("POT", Diagnosis.CD, SubjectStatus.RANDOMISED, "2026-01-10T09:00:00Z", null)),
            SITES);

    assertThat(summary.total().randomised()).isEqualTo(1);
    assertThat(summary.undatedRandomisations()).isEqualTo(1);
    assertThat(summary.timeline().sites().get(1).randomised()).containsOnly(0);
  }

  @Test
  void anAllocationTimeOfAChildNotRandomisedIsNotPlotted() {
    EnrolmentSummary summary =
        summarise(
            List.of(
                child(
                    "POT",
                    Diagnosis.CD,
                    SubjectStatus.ENROLLED,
                    "2026-01-10T09:00:00Z",
                    "2026-01-11T09:00:00Z")),
            SITES);

    assertThat(summary.timeline().sites().get(1).randomised()).containsOnly(0);
    assertThat(summary.undatedRandomisations()).isZero();
  }

  @Test
  void nobodyRegisteredGivesZerosAndNoMonths() {
    EnrolmentSummary summary = summarise(List.of(), SITES);

    assertThat(summary.total()).isEqualTo(EnrolmentCounts.NONE);
    assertThat(summary.timeline().months()).isEmpty();
    assertThat(summary.timeline().sites())
        .extracting(SiteCurve::siteCode)
        .containsExactly("BER", "POT");
    assertThat(summary.strata()).hasSize(4);
  }

  @Test
  void hundredsOfChildrenAddUp() {
    List<EnrolmentRecord> records = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      SubjectStatus status = SubjectStatus.values()[i % SubjectStatus.values().length];
      String day = String.format("2026-%02d-%02dT10:00:00Z", 1 + i % 6, 1 + i % 28);
      records.add(
          child(
              i % 2 == 0 ? "BER" : "POT",
              Diagnosis.values()[(i / 2) % 2],
              status,
              day,
              status.hasBeenRandomised() ? day : null));
    }

    EnrolmentSummary summary = summarise(records, SITES);

    assertThat(summary.total().registered()).isEqualTo(600);
    assertThat(summary.total().randomised()).isEqualTo(300);
    assertThat(summary.strata().stream().mapToInt(s -> s.counts().registered()).sum())
        .isEqualTo(600);
    assertThat(
            summary.timeline().sites().stream()
                .mapToInt(curve -> curve.registered().get(curve.registered().size() - 1))
                .sum())
        .isEqualTo(600);
  }

  private static EnrolmentSummary summarise(List<EnrolmentRecord> records, List<String> sites) {
    return EnrolmentStatistics.summarise(records, sites, DIAGNOSIS_BY_SITE, JUNE, ZoneOffset.UTC);
  }

  private static EnrolmentRecord child(
      String site,
      Diagnosis diagnosis,
      SubjectStatus status,
      String registeredAt,
      String randomisedAt) {
    return new EnrolmentRecord(
        site,
        diagnosis,
        Sex.F,
        status,
        Instant.parse(registeredAt),
        Optional.ofNullable(randomisedAt).map(Instant::parse));
  }
}
