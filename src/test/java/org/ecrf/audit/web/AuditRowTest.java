package org.ecrf.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;
import org.ecrf.audit.application.AuditRecordView;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.audit.domain.AuditSource;
import org.ecrf.audit.domain.ItemPath;
import org.ecrf.testing.TopitDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AuditRowTest {

  private static final ItemPath PAIN =
      ItemPath.form("TOPIT", "POT-0001", "SE.WEEK0", 1, "F.PUCAI")
          .group("IG.PUCAI", 1)
          .item("I.PUCAI_PAIN");

  private static AuditRecordView changed(Instant at, ZoneId zone) {
    AuditEntry entry =
        AuditEntry.about(AuditEventType.ITEM_VALUE_CHANGED, "inv.pot", AuditSource.PAGE, PAIN)
            .atSite("POT", "INVESTIGATOR")
            .withValues("5", "10")
            .withReason("transcription error");
    return new AuditRecordView(42, at, zone, entry, false);
  }

  @ParameterizedTest(name = "{0} in {1}: {2} / {3}")
  @CsvSource({
    "2026-03-02T09:15:07.123456Z, Europe/Berlin, 2026-03-02 09:15:07 UTC, 2026-03-02 10:15:07 CET",
    "2026-07-01T22:30:00Z, Europe/Berlin, 2026-07-01 22:30:00 UTC, 2026-07-02 00:30:00 CEST",
    "2026-03-29T00:59:59Z, Europe/Berlin, 2026-03-29 00:59:59 UTC, 2026-03-29 01:59:59 CET",
    "2026-03-29T01:00:00Z, Europe/Berlin, 2026-03-29 01:00:00 UTC, 2026-03-29 03:00:00 CEST"
  })
  void showsTheTimeInUtcAndAtTheSite(
      Instant at, String zone, String expectedUtc, String expectedSite) {
    AuditRow row =
        AuditRow.of(changed(at, ZoneId.of(zone)), TopitDefinition.get(), Locale.ENGLISH, false);

    assertThat(row.utcTime()).isEqualTo(expectedUtc);
    assertThat(row.siteTime()).isEqualTo(expectedSite);
  }

  @Test
  void readsAsAPersonWouldSayIt() {
    AuditRow row =
        AuditRow.of(
            changed(Instant.parse("2026-03-02T09:15:07Z"), null),
            TopitDefinition.get(),
            Locale.GERMAN,
            true);

    assertThat(row.what()).isEqualTo("Wert ge\u00e4ndert");
    assertThat(row.where()).isEqualTo("POT-0001 \u203a Week 0 \u203a PUCAI \u203a I.PUCAI_PAIN");
    assertThat(row.question()).isEqualTo("Bauchschmerzen");
    assertThat(row.oldValue()).isEqualTo("5");
    assertThat(row.newValue()).isEqualTo("10");
    assertThat(row.reason()).isEqualTo("transcription error");
    assertThat(row.role()).isEqualTo("Pr\u00fcfarzt/Pr\u00fcf\u00e4rztin");
    assertThat(row.source()).isEqualTo("Web-Oberfl\u00e4che");
    assertThat(row.siteTime()).isEmpty();
  }

  @Test
  void aSubjectEventReadsAsTheSubject() {
    AuditEntry enrolled =
        AuditEntry.about(
                AuditEventType.SUBJECT_ENROLLED,
                "system",
                AuditSource.SYSTEM,
                ItemPath.subject("TOPIT", "BER-0002"))
            .withValues(null, "born 2014-01, F, CD");
    AuditRow row =
        AuditRow.of(
            new AuditRecordView(7, Instant.EPOCH, null, enrolled, false),
            TopitDefinition.get(),
            Locale.ENGLISH,
            false);

    assertThat(row.where()).isEqualTo("BER-0002");
    assertThat(row.what()).isEqualTo("Subject registered");
    assertThat(row.role()).isEmpty();
    assertThat(row.oldValue()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(AuditEventType.class)
  void everyEventTypeAndSourceHasWordsInEnglishAndGerman(AuditEventType type) throws IOException {
    for (String language : new String[] {"en", "de"}) {
      Properties texts = bundle(language);
      assertThat(texts.getProperty("audit.type." + type.name())).as(language).isNotBlank();
      for (AuditSource source : AuditSource.values()) {
        assertThat(texts.getProperty("audit.source." + source.name())).as(language).isNotBlank();
      }
    }
  }

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        AuditRowTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
      properties.load(in);
    }
    return properties;
  }
}
