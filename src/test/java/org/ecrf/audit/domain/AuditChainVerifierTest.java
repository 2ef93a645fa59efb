package org.ecrf.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ecrf.audit.domain.AuditChainVerifier.ChainVerification;
import org.junit.jupiter.api.Test;

class AuditChainVerifierTest {

  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

  /** A correct chain of n events with ids 1..n. */
  private static List<AuditEventRow> chain(int n) {
    List<AuditEventRow> rows = new ArrayList<>();
    String previous = AuditHashChain.GENESIS;
    for (int i = 1; i <= n; i++) {
      AuditEntry entry =
          AuditEntry.about(
                  AuditEventType.ITEM_VALUE_CHANGED,
                  "nurse.pot",
                  AuditSource.PAGE,
                  ItemPath.form("TOPIT", "POT-0001", "SE.WEEK0", 1, "F.PUCAI")
                      .group("IG.PUCAI", 1)
                      .item("I.PUCAI_PAIN"))
              .withValues(Integer.toString(i - 1), Integer.toString(i));
      Instant time = T0.plusSeconds(i);
      String hash = AuditHashChain.hash(previous, time, entry);
      rows.add(new AuditEventRow(i, time, previous, hash, entry));
      previous = hash;
    }
    return rows;
  }

  private static ChainVerification verify(List<AuditEventRow> rows, Long headId, String headHash) {
    AuditChainVerifier verifier = new AuditChainVerifier();
    rows.forEach(verifier::accept);
    return verifier.finish(headId, headHash);
  }

  @Test
  void anUntouchedChainIsValid() {
    List<AuditEventRow> rows = chain(5);

    ChainVerification result = verify(rows, 5L, rows.get(4).hash());

    assertThat(result.valid()).isTrue();
    assertThat(result.events()).isEqualTo(5);
    assertThat(result.firstBrokenEvent()).isEmpty();
  }

  @Test
  void anEmptyTrailIsValidWhenTheHeadIsAtTheStart() {
    assertThat(verify(List.of(), null, AuditHashChain.GENESIS).valid()).isTrue();
  }

  @Test
  void aChangedValueBreaksTheChainAtThatEvent() {
    List<AuditEventRow> rows = new ArrayList<>(chain(5));
    AuditEventRow third = rows.get(2);
    rows.set(
        2,
        new AuditEventRow(
            3,
            third.occurredAt(),
            third.previousHash(),
            third.hash(),
            third.entry().withValues("2", "99")));

    ChainVerification result = verify(rows, 5L, rows.get(4).hash());

    assertThat(result.valid()).isFalse();
    assertThat(result.firstBrokenEvent()).hasValue(3);
  }

  @Test
  void aDeletedEventInTheMiddleBreaksTheChainAtItsSuccessor() {
    List<AuditEventRow> rows = new ArrayList<>(chain(5));
    rows.remove(1);

    assertThat(verify(rows, 5L, rows.get(3).hash()).firstBrokenEvent()).hasValue(3);
  }

  @Test
  void deletedNewestEventsAreFoundThroughTheHead() {
    List<AuditEventRow> rows = chain(5);

    ChainVerification result = verify(rows.subList(0, 3), 5L, rows.get(4).hash());

    assertThat(result.valid()).isFalse();
    assertThat(result.firstBrokenEvent()).hasValue(4);
  }

  @Test
  void aForgedEventBeyondTheHeadIsFound() {
    List<AuditEventRow> rows = chain(5);

    assertThat(verify(rows, 4L, rows.get(3).hash()).firstBrokenEvent()).hasValue(5);
  }

  @Test
  void aChangedTimeOrActorIsFound() {
    List<AuditEventRow> rows = new ArrayList<>(chain(3));
    AuditEventRow first = rows.get(0);
    rows.set(
        0,
        new AuditEventRow(
            1,
            first.occurredAt().plusSeconds(1),
            first.previousHash(),
            first.hash(),
            first.entry()));

    assertThat(verify(rows, 3L, rows.get(2).hash()).firstBrokenEvent()).hasValue(1);
  }
}
