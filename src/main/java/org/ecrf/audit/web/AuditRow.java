package org.ecrf.audit.web;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.ecrf.audit.application.AuditRecordView;
import org.ecrf.audit.application.ReadablePath;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.platform.web.Texts;
import org.ecrf.security.domain.Role;

/**
 * One row of the audit page, in the reader's language: when (UTC and site time, to the second),
 * what (the event type in words), where (visit › form › item, with the item's question), the old
 * and new value, the reason, who in which role, and through which door.
 *
 * @param id the event's id
 * @param utcTime e.g. {@code 2026-03-02 09:15:07 UTC}
 * @param siteTime e.g. {@code 2026-03-02 10:15:07 CET}; empty when the site's zone is unknown
 * @param type the event type's name, e.g. {@code ITEM_VALUE_CHANGED}
 * @param what the event type in words
 * @param where e.g. {@code Week 0 › PUCAI › I.PUCAI_PAIN}, with the subject key first when the page
 *     is not about one subject
 * @param question the item's question, empty for events above item level
 * @param oldValue the value before, empty for none
 * @param newValue the value after, empty for none
 * @param reason the reason, empty for none
 * @param valuesHidden true when blinding hides values and reason from the reader
 * @param user the user name
 * @param role the user's role in words, empty when not recorded
 * @param source the door (page, API, import, system) in words
 */
public record AuditRow(
    long id,
    String utcTime,
    String siteTime,
    String type,
    String what,
    String where,
    String question,
    String oldValue,
    String newValue,
    String reason,
    boolean valuesHidden,
    String user,
    String role,
    String source)
    implements Serializable {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SITE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", Locale.ROOT);

  /**
   * The row of an event.
   *
   * @param withSubject true when the page spans subjects, so that each row names its subject
   */
  static AuditRow of(
      AuditRecordView record, StudyDefinition definition, Locale locale, boolean withSubject) {
    AuditEntry entry = record.entry();
    ReadablePath path = ReadablePath.of(record.path(), definition, locale);
    return new AuditRow(
        record.id(),
        UTC.format(record.occurredAt()),
        record.siteTime().map(SITE::format).orElse(""),
        entry.type().name(),
        Texts.get(locale, "audit.type." + entry.type().name()),
        where(path, withSubject),
        blankIfNull(path.question()),
        blankIfNull(entry.oldValue()),
        blankIfNull(entry.newValue()),
        blankIfNull(entry.reason()),
        record.valuesHidden(),
        entry.actor(),
        role(entry.actorRole(), locale),
        Texts.get(locale, "audit.source." + entry.source().name()));
  }

  static String where(ReadablePath path, boolean withSubject) {
    String within = path.withinSubject();
    if (within.isEmpty()) {
      return path.subjectKey();
    }
    return withSubject ? path.subjectKey() + " \u203a " + within : within;
  }

  private static String role(String role, Locale locale) {
    if (role == null) {
      return "";
    }
    return Arrays.stream(Role.values())
        .filter(known -> known.name().equals(role))
        .findFirst()
        .map(known -> Texts.get(locale, known.labelKey()))
        .orElse(role);
  }

  private static String blankIfNull(String text) {
    return text == null ? "" : text;
  }
}
