package org.ecrf.export.odm;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A data query with its thread, as the export writes it: about a visit, a form, or one item value
 * (then with its item group row).
 *
 * @param id the query's number
 * @param eventOid the visit's study event
 * @param eventRepeat the visit's repeat key
 * @param formOid the form, or empty for the visit as a whole
 * @param item the item value, or empty for the form or visit as a whole
 * @param status OPEN, ANSWERED or CLOSED
 * @param automatic whether the platform raised it (a failed soft check, a visit out of window)
 * @param messages the thread, oldest first
 */
public record QueryRecord(
    long id,
    String eventOid,
    int eventRepeat,
    Optional<String> formOid,
    Optional<ItemKey> item,
    String status,
    boolean automatic,
    List<Message> messages) {

  public QueryRecord {
    Objects.requireNonNull(eventOid, "eventOid");
    Objects.requireNonNull(formOid, "formOid");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(status, "status");
    messages = List.copyOf(messages);
  }

  /**
   * One message of the thread.
   *
   * @param writtenAt when
   * @param author the author's login name
   * @param authorRole the role they wrote in, when recorded
   * @param text the message
   * @param statusAfter the status the message left the query in
   */
  public record Message(
      Instant writtenAt,
      String author,
      Optional<String> authorRole,
      String text,
      String statusAfter) {

    public Message {
      Objects.requireNonNull(writtenAt, "writtenAt");
      Objects.requireNonNull(author, "author");
      Objects.requireNonNull(authorRole, "authorRole");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(statusAfter, "statusAfter");
    }
  }
}
