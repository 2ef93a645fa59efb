package org.ecrf.export.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.ecrf.security.domain.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportRequestTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SDTM   | dataset-json | ''",
        "SDTM   | xpt          | ''",
        "SDTM   | csv          | ''",
        "SDTM   | ''           | format must be dataset-json, xpt or csv for an SDTM export, not ''",
        "SDTM   | sas7bdat     | format must be dataset-json, xpt or csv for an SDTM export, not 'sas7bdat'",
        "ODM    | ''           | ''",
        "ODM    | xpt          | format applies to SDTM exports only",
        "DEFINE | csv          | format applies to SDTM exports only"
      })
  void acceptsAFormatOnlyWhereItApplies(ExportKind kind, String format, String refusal) {
    if (refusal.isEmpty()) {
      assertThat(request(kind, format, null, null).kind()).isEqualTo(kind);
    } else {
      assertThatThrownBy(() -> request(kind, format, null, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(refusal);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "2026-01-01, 2026-01-01, true",
    "2026-01-01, 2026-01-02, true",
    "2026-01-02, 2026-01-01, false"
  })
  void refusesADateRangeThatEndsBeforeItStarts(LocalDate from, LocalDate to, boolean accepted) {
    if (accepted) {
      assertThat(request(ExportKind.ODM, "", from, to).from()).contains(from);
    } else {
      assertThatThrownBy(() -> request(ExportKind.ODM, "", from, to))
          .hasMessage("from (2026-01-02) is after to (2026-01-01)");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "ODM, '', '', TOPIT-odm-7.xml",
    "SDTM, xpt, '', TOPIT-sdtm-xpt-7.zip",
    "SDTM, dataset-json, BER, TOPIT-sdtm-dataset-json-BER-7.zip",
    "DEFINE, '', '', TOPIT-define-7.xml"
  })
  void namesItsFileAfterStudyKindFormatSiteAndJob(
      ExportKind kind, String format, String site, String expected) {
    ExportRequest request =
        new ExportRequest(
            "TOPIT",
            kind,
            Optional.of(format).filter(f -> !f.isEmpty()),
            Optional.of(site).filter(s -> !s.isEmpty()),
            Optional.empty(),
            Optional.empty(),
            Set.of(Role.SPONSOR));
    assertThat(request.fileName(7)).isEqualTo(expected);
  }

  private static ExportRequest request(
      ExportKind kind, String format, LocalDate from, LocalDate to) {
    return new ExportRequest(
        "TOPIT",
        kind,
        Optional.of(format).filter(f -> !f.isEmpty()),
        Optional.empty(),
        Optional.ofNullable(from),
        Optional.ofNullable(to),
        Set.of(Role.DATA_MANAGER));
  }
}
