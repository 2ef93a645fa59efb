package org.ecrf.export.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ecrf.export.odm.FormRecord;
import org.ecrf.export.odm.SubjectRecord;
import org.ecrf.export.odm.VisitRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The version a subject itself is written under: its newest with data, else the current one. */
class OdmStudyExportTest {

  @ParameterizedTest(name = "forms under ''{0}'' of versions {1}: home {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MDV.1 | MDV.1 | MDV.1",
        "MDV.1 | MDV.1 MDV.2 | MDV.1",
        "MDV.1 MDV.2 | MDV.1 MDV.2 | MDV.2",
        "MDV.2 MDV.1 | MDV.1 MDV.2 MDV.3 | MDV.2",
        "'' | MDV.1 MDV.2 | MDV.2"
      })
  void writesTheSubjectUnderItsNewestVersionWithDataElseTheCurrentOne(
      String used, String order, String home) {
    VisitRecord visit = new VisitRecord("SE.WEEK6", 1, Optional.empty());
    List<FormRecord> forms =
        Arrays.stream(used.split(" "))
            .filter(version -> !version.isEmpty())
            .map(version -> new FormRecord(visit, "F.LAB", version, List.of()))
            .toList();
    SubjectRecord subject =
        new SubjectRecord(
            "BER-0001",
            "BER",
            Optional.empty(),
            List.of(visit),
            forms,
            List.of(),
            List.of(),
            List.of());

    assertThat(OdmStudyExport.homeVersion(subject, List.of(order.split(" ")))).isEqualTo(home);
  }
}
