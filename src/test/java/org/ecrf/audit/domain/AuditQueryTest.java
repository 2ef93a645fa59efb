package org.ecrf.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditQueryTest {

  private static final ItemPath STUDY = ItemPath.subject("TOPIT", null);

  @ParameterizedTest(name = "offset {0}, limit {1}: accepted {2}")
  @CsvSource({
    "-1, 50, false",
    "0, 50, true",
    "0, 0, false",
    "0, 1, true",
    "0, 500, true",
    "0, 501, false",
    "2147483647, 500, true"
  })
  void pagesAreBoundedByTheMaximumLimit(int offset, int limit, boolean accepted) {
    if (accepted) {
      assertThatNoException().isThrownBy(() -> AuditQuery.of(STUDY).page(offset, limit));
    } else {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> AuditQuery.of(STUDY).page(offset, limit));
    }
  }

  @ParameterizedTest(name = "{0}/{1}/{2}[{3}]/{4}/{5}[{6}]/{7} is of level {8}")
  @CsvSource({
    "TOPIT, , , , , , , , STUDY",
    "TOPIT, POT-0001, , , , , , , SUBJECT",
    "TOPIT, POT-0001, SE.WEEK0, 1, , , , , VISIT",
    "TOPIT, POT-0001, SE.WEEK0, , , , , , VISIT",
    "TOPIT, POT-0001, SE.WEEK0, 1, F.PUCAI, , , , FORM",
    "TOPIT, , , , F.PUCAI, , , , FORM",
    "TOPIT, POT-0001, SE.WEEK0, 1, F.PUCAI, IG.PUCAI, 1, , ITEM_GROUP",
    "TOPIT, POT-0001, SE.WEEK0, 1, F.PUCAI, IG.PUCAI, 1, I.PUCAI_PAIN, ITEM",
    "TOPIT, , , , , , , I.PUCAI_PAIN, ITEM"
  })
  void theLevelIsTheNarrowestPartGiven(
      String study,
      String subject,
      String event,
      Integer repeat,
      String form,
      String group,
      Integer groupRepeat,
      String item,
      AuditQuery.Level level) {
    ItemPath scope = new ItemPath(study, subject, event, repeat, form, group, groupRepeat, item);

    assertThat(AuditQuery.of(scope).level()).isEqualTo(level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "visit repeat without its event, , 1, , ",
    "group repeat without its group, , , , 1",
  })
  void aRepeatKeyNeedsItsOid(
      String description, String event, Integer repeat, String group, Integer groupRepeat) {
    ItemPath scope =
        new ItemPath("TOPIT", "POT-0001", event, repeat, null, group, groupRepeat, null);

    assertThatIllegalArgumentException().isThrownBy(() -> AuditQuery.of(scope));
  }

  @ParameterizedTest(name = "from {0} until {1}: accepted {2}")
  @CsvSource({
    "2026-03-01T00:00:00Z, 2026-03-02T00:00:00Z, true",
    "2026-03-01T00:00:00Z, 2026-03-01T00:00:00.000001Z, true",
    "2026-03-01T00:00:00Z, 2026-03-01T00:00:00Z, false",
    "2026-03-02T00:00:00Z, 2026-03-01T00:00:00Z, false"
  })
  void aPeriodIsNeverEmpty(Instant from, Instant until, boolean accepted) {
    if (accepted) {
      assertThat(AuditQuery.of(STUDY).between(from, until).until()).isEqualTo(until);
    } else {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> AuditQuery.of(STUDY).between(from, until));
    }
  }

  @org.junit.jupiter.api.Test
  void aStudyIsRequired() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AuditQuery.of(ItemPath.subject(" ", "POT-0001")));
  }

  @org.junit.jupiter.api.Test
  void narrowingToASubjectKeepsTheRestOfTheQuery() {
    AuditQuery query =
        AuditQuery.of(new ItemPath("TOPIT", "pot-0001", "SE.WEEK0", 1, "F.PUCAI", null, null, null))
            .byActor("inv.pot")
            .page(50, 25)
            .ofSubject("POT-0001");

    assertThat(query.scope())
        .isEqualTo(new ItemPath("TOPIT", "POT-0001", "SE.WEEK0", 1, "F.PUCAI", null, null, null));
    assertThat(query.actor()).isEqualTo("inv.pot");
    assertThat(query.offset()).isEqualTo(50);
    assertThat(query.limit()).isEqualTo(25);
  }
}
