package org.ecrf.audit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.ecrf.audit.domain.AuditQuery;
import org.ecrf.audit.domain.ItemPath;
import org.ecrf.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditQueryParametersTest {

  private static AuditQuery parse(String... nameValuePairs) {
    Map<String, String> parameters = new HashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      parameters.put(nameValuePairs[i], nameValuePairs[i + 1]);
    }
    return AuditQueryParameters.parse("TOPIT", parameters);
  }

  @Test
  void readsTheLinkOfAnItemAsTheIntegratorWritesIt() {
    AuditQuery query =
        parse(
            "subject", "POT-0001",
            "event", "SE.WEEK0",
            "repeat", "1",
            "form", "F.PUCAI",
            "group", "IG.PUCAI",
            "groupRepeat", "1",
            "item", "I.PUCAI_PAIN");

    assertThat(query.scope())
        .isEqualTo(
            new ItemPath(
                "TOPIT", "POT-0001", "SE.WEEK0", 1, "F.PUCAI", "IG.PUCAI", 1, "I.PUCAI_PAIN"));
    assertThat(query.level()).isEqualTo(AuditQuery.Level.ITEM);
    assertThat(query.offset()).isZero();
    assertThat(query.limit()).isEqualTo(AuditQuery.DEFAULT_LIMIT);
  }

  @Test
  void absentOrBlankParametersDoNotNarrow() {
    AuditQuery query = parse("subject", " ", "event", "", "user", "  ");

    assertThat(query.scope()).isEqualTo(ItemPath.subject("TOPIT", null));
    assertThat(query.actor()).isNull();
    assertThat(query.from()).isNull();
    assertThat(query.until()).isNull();
    assertThat(query.level()).isEqualTo(AuditQuery.Level.STUDY);
  }

  @Test
  void subjectKeysAreUpperCasedAndUserNamesLowerCasedAsStored() {
    AuditQuery query = parse("subject", " pot-0001 ", "user", " Inv.Pot ");

    assertThat(query.scope().subjectKey()).isEqualTo("POT-0001");
    assertThat(query.actor()).isEqualTo("inv.pot");
  }

  @ParameterizedTest(name = "from={0} to={1}: [{2}, {3})")
  @CsvSource({
    "2026-03-01, 2026-03-01, 2026-03-01T00:00:00Z, 2026-03-02T00:00:00Z",
    "2026-02-28, 2026-03-01, 2026-02-28T00:00:00Z, 2026-03-02T00:00:00Z",
    "2028-02-29, 2028-02-29, 2028-02-29T00:00:00Z, 2028-03-01T00:00:00Z",
    "2026-03-01T09:30:00Z, 2026-03-01T10:00:00Z, 2026-03-01T09:30:00Z, 2026-03-01T10:00:00.000001Z",
    "2026-03-01T10:30:00+01:00, 2026-03-01T12:00:00.1234567+01:00, 2026-03-01T09:30:00Z,"
        + " 2026-03-01T11:00:00.123457Z",
    "2026-12-31, 2026-12-31T23:59:59.999999Z, 2026-12-31T00:00:00Z, 2027-01-01T00:00:00Z"
  })
  void datesAreWholeUtcDaysAndTimesAreExactWithToIncluded(
      String from, String to, Instant expectedFrom, Instant expectedUntil) {
    AuditQuery query = parse("from", from, "to", to);

    assertThat(query.from()).isEqualTo(expectedFrom);
    assertThat(query.until()).isEqualTo(expectedUntil);
  }

  @ParameterizedTest(name = "{0}={1} is refused")
  @CsvSource({
    "from, 2026-13-01",
    "from, 2026-02-30",
    "from, 01.03.2026",
    "from, yesterday",
    "to, 2026-03-01T25:00:00Z",
    "to, 2026-03-01T10:00:00",
    "repeat, 0",
    "repeat, -1",
    "repeat, one",
    "groupRepeat, 0",
    "offset, -1",
    "offset, 1.5",
    "limit, 0",
    "limit, 501",
    "limit, 99999999999"
  })
  void aWrongParameterIsNamed(String name, String value) {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("event", "SE.WEEK0");
    parameters.put("group", "IG.MH");
    parameters.put(name, value);

    assertThatThrownBy(() -> AuditQueryParameters.parse("TOPIT", parameters))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(name))
        .hasMessageContaining(name)
        .hasMessageContaining(value.trim());
  }

  @ParameterizedTest(name = "limit {0} gives a page of {1}")
  @CsvSource({"1, 1", "50, 50", "500, 500", "' 20 ', 20"})
  void theLimitIsOneToFiveHundred(String limit, int expected) {
    assertThat(parse("limit", limit).limit()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} without {2}")
  @CsvSource({"repeat, 1, event", "groupRepeat, 2, group"})
  void aRepeatKeyWithoutItsOidIsRefused(String name, String value, String owner) {
    assertThatThrownBy(() -> parse(name, value))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(name))
        .hasMessageContaining(owner);
  }

  @Test
  void aPeriodThatEndsBeforeItStartsIsRefusedNamingTo() {
    assertThatThrownBy(() -> parse("from", "2026-03-05", "to", "2026-03-04"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("to"));
  }

  @Test
  void theSameDayAsFromAndToIsOneDay() {
    AuditQuery query = parse("from", "2026-03-05", "to", "2026-03-05");

    assertThat(query.until()).isEqualTo(query.from().plusSeconds(86_400));
  }

  @Test
  void aMissingStudyIsRefused() {
    assertThatThrownBy(() -> AuditQueryParameters.parse(" ", Map.of()))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("study"));
  }

  @Test
  void anOverlongOidIsRefusedNamingTheParameter() {
    assertThatThrownBy(() -> parse("item", "I." + "X".repeat(63)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("item"));
    assertThat(parse("item", "I." + "X".repeat(62)).scope().itemOid()).hasSize(64);
  }
}
