package org.ecrf.audit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ecrf.audit.domain.AuditQuery;
import org.ecrf.audit.domain.ItemPath;
import org.ecrf.audit.domain.SubjectScope;
import org.junit.jupiter.api.Test;

class AuditSearchJpqlTest {

  @Test
  void aStudyWideQueryForEverySubjectReadsOnlyEventsWithASubject() {
    AuditSearchJpql jpql =
        AuditSearchJpql.of(AuditQuery.of(ItemPath.subject("TOPIT", null)), SubjectScope.all());

    assertThat(jpql.where()).isEqualTo("e.studyOid = :study AND e.subjectKey IS NOT NULL");
    assertThat(jpql.parameters()).containsExactly(entry("study", "TOPIT"));
  }

  @Test
  void aSiteReaderIsRestrictedToTheVisibleSubjects() {
    AuditSearchJpql jpql =
        AuditSearchJpql.of(
            AuditQuery.of(ItemPath.subject("TOPIT", null)), SubjectScope.only(Set.of("POT-0001")));

    assertThat(jpql.where())
        .isEqualTo(
            "e.studyOid = :study AND e.subjectKey IS NOT NULL"
                + " AND e.subjectKey IN :visibleSubjects");
    assertThat(jpql.parameters()).containsEntry("visibleSubjects", List.of("POT-0001"));
  }

  @Test
  void everyNarrowingAndFilterIsAParameterNeverText() {
    ItemPath item =
        ItemPath.form("TOPIT", "POT-0001", "SE.WEEK0", 1, "F.PUCAI")
            .group("IG.PUCAI", 1)
            .item("I.PUCAI_PAIN' OR '1'='1");
    Instant from = Instant.parse("2026-03-01T00:00:00Z");
    Instant until = Instant.parse("2026-03-02T00:00:00Z");

    AuditSearchJpql jpql =
        AuditSearchJpql.of(
            AuditQuery.of(item).byActor("inv.pot").between(from, until),
            SubjectScope.only(Set.of("POT-0001")));

    assertThat(jpql.where())
        .isEqualTo(
            "e.studyOid = :study AND e.subjectKey = :subject"
                + " AND e.subjectKey IN :visibleSubjects AND e.eventOid = :event"
                + " AND e.eventRepeat = :eventRepeat AND e.formOid = :form"
                + " AND e.itemGroupOid = :group AND e.itemGroupRepeat = :groupRepeat"
                + " AND e.itemOid = :item AND e.actor = :actor"
                + " AND e.occurredAt >= :from AND e.occurredAt < :until")
        .doesNotContain("OR");
    assertThat(jpql.parameters())
        .containsEntry("item", "I.PUCAI_PAIN' OR '1'='1")
        .containsEntry("eventRepeat", 1)
        .containsEntry("groupRepeat", 1)
        .containsEntry("actor", "inv.pot")
        .containsEntry("from", from)
        .containsEntry("until", until);
  }

  @Test
  void theNewestComeFirstInChainOrderOnTies() {
    AuditSearchJpql jpql =
        AuditSearchJpql.of(AuditQuery.of(ItemPath.subject("TOPIT", null)), SubjectScope.all());

    assertThat(jpql.select()).endsWith("ORDER BY e.occurredAt DESC, e.id DESC");
    assertThat(jpql.count()).startsWith("SELECT COUNT(e) FROM AuditEvent e WHERE ");
  }

  @Test
  void nothingIsQueriedWhenNoSubjectIsVisible() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                AuditSearchJpql.of(
                    AuditQuery.of(ItemPath.subject("TOPIT", null)), SubjectScope.only(Set.of())));
  }
}
