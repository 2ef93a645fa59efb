package org.ecrf.monitoring.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.ecrf.monitoring.domain.DataQuery;
import org.ecrf.monitoring.domain.QueryMessage;
import org.ecrf.monitoring.domain.QueryTarget;

/**
 * A query as the API and pages show it: where it is, its status and origin, and its thread.
 *
 * @param id the query's number
 * @param status OPEN, ANSWERED or CLOSED
 * @param origin MANUAL or AUTOMATIC
 * @param subjectKey the subject
 * @param event the study event OID
 * @param eventRepeat the visit's repeat key
 * @param form the form OID, or {@code null} for a query on the visit
 * @param itemGroup the item group OID of the item, or {@code null}
 * @param itemGroupRepeat the row of the item, or {@code null}
 * @param item the item OID, or {@code null} for a query on the form or visit
 * @param raisedBy who raised it ("system" for automatic queries)
 * @param raisedAt when, UTC
 * @param updatedAt when its last message was written, UTC
 * @param messages the thread, oldest first
 */
public record QueryView(
    long id,
    String status,
    String origin,
    String subjectKey,
    String event,
    int eventRepeat,
    String form,
    String itemGroup,
    Integer itemGroupRepeat,
    String item,
    String raisedBy,
    Instant raisedAt,
    Instant updatedAt,
    List<Message> messages)
    implements Serializable {

  static QueryView of(DataQuery query) {
    QueryTarget target = query.target();
    return new QueryView(
        query.id(),
        query.status().name(),
        query.origin().name(),
        query.subject().subjectKey(),
        target.eventOid(),
        target.eventRepeat(),
        target.formOid(),
        target.itemGroupOid(),
        target.itemGroupRepeat(),
        target.itemOid(),
        query.raisedBy(),
        query.raisedAt(),
        query.updatedAt(),
        query.messages().stream().map(Message::of).toList());
  }

  /**
   * One message of the thread.
   *
   * @param author user name ("system" for the question of an automatic query)
   * @param role the author's role, if any
   * @param writtenAt when, UTC
   * @param text the message
   * @param status the status the message left the query in
   */
  public record Message(String author, String role, Instant writtenAt, String text, String status)
      implements Serializable {

    static Message of(QueryMessage message) {
      return new Message(
          message.author(),
          message.authorRole(),
          message.writtenAt(),
          message.text(),
          message.statusAfter().name());
    }
  }
}
