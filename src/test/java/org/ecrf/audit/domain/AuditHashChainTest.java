package org.ecrf.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashChainTest {

  private static final Instant TIME = Instant.parse("2026-11-24T10:15:30.123456Z");
  private static final AuditEntry ENTRY =
      AuditEntry.of(AuditEventType.LOGIN_FAILED, "inv.pot", AuditSource.PAGE, "user:inv.pot")
          .withReason("wrong password");

  @Test
  void hashIsSha256HexAndDeterministic() {
    String hash = AuditHashChain.hash(AuditHashChain.GENESIS, TIME, ENTRY);

    assertThat(hash).hasSize(64).matches("[0-9a-f]{64}");
    assertThat(AuditHashChain.hash(AuditHashChain.GENESIS, TIME, ENTRY)).isEqualTo(hash);
  }

  @Test
  void everyFieldAndThePredecessorChangeTheHash() {
    String hash = AuditHashChain.hash(AuditHashChain.GENESIS, TIME, ENTRY);

    assertThat(AuditHashChain.hash("1".repeat(64), TIME, ENTRY)).isNotEqualTo(hash);
    assertThat(AuditHashChain.hash(AuditHashChain.GENESIS, TIME.plusNanos(1000), ENTRY))
        .isNotEqualTo(hash);
    assertThat(
            AuditHashChain.hash(AuditHashChain.GENESIS, TIME, ENTRY.withReason("account locked")))
        .isNotEqualTo(hash);
    assertThat(AuditHashChain.hash(AuditHashChain.GENESIS, TIME, ENTRY.atSite("POT", "NURSE")))
        .isNotEqualTo(hash);
    assertThat(AuditHashChain.hash(AuditHashChain.GENESIS, TIME, ENTRY.withValues("a", "b")))
        .isNotEqualTo(hash);
  }

  @Test
  void lengthPrefixesKeepFieldBoundariesUnambiguous() {
    AuditEntry oldAB = ENTRY.withValues("ab", "c");
    AuditEntry oldABC = ENTRY.withValues("a", "bc");

    assertThat(AuditHashChain.hash(AuditHashChain.GENESIS, TIME, oldAB))
        .isNotEqualTo(AuditHashChain.hash(AuditHashChain.GENESIS, TIME, oldABC));
  }

  @Test
  void emptyFieldsAreLeftOutOfTheCanonicalForm() {
    String canonical = AuditHashChain.canonicalForm(AuditHashChain.GENESIS, TIME, ENTRY);

    assertThat(canonical)
        .contains("time=27:2026-11-24T10:15:30.123456Z\n")
        .contains("reason=14:wrong password\n")
        .doesNotContain("old=")
        .doesNotContain("site=");
  }

  @Test
  void anEventMadeFromAnEntryChainsOntoItsPredecessorAndDetectsAChangedField() {
    AuditEvent event = AuditEvent.append(ENTRY, TIME.plusNanos(789), AuditHashChain.GENESIS);

    assertThat(event.occurredAt()).isEqualTo(TIME).as("truncated to microseconds, as stored");
    assertThat(event.chainsOnto(AuditHashChain.GENESIS)).isTrue();
    assertThat(event.chainsOnto("f".repeat(64))).isFalse();
  }
}
