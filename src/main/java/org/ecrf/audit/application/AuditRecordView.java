package org.ecrf.audit.application;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEvent;
import org.ecrf.audit.domain.ItemPath;

/**
 * One audit event as a reader of the trail sees it: when (UTC, and the zone of the site where it
 * happened), and the stored who, what, where and why. When the item's values are blinded for the
 * reader, the old and new value and the reason (which may quote them) are left out and {@code
 * valuesHidden} says so.
 *
 * @param id the event's id (its place in the chain)
 * @param occurredAt when, in UTC
 * @param siteZone the time zone of the event's site, or {@code null} when unknown
 * @param entry the stored fields (values and reason empty when hidden)
 * @param valuesHidden true when blinding hides the values from the reader
 */
public record AuditRecordView(
    long id, Instant occurredAt, ZoneId siteZone, AuditEntry entry, boolean valuesHidden) {

  static AuditRecordView of(AuditEvent event, ZoneId siteZone, boolean valuesHidden) {
    AuditEntry stored = event.entry();
    AuditEntry shown = valuesHidden ? stored.withValues(null, null).withReason(null) : stored;
    return new AuditRecordView(event.id(), event.occurredAt(), siteZone, shown, valuesHidden);
  }

  /** Where in the clinical data. */
  public ItemPath path() {
    return entry.path();
  }

  /** The time at the site, when its zone is known. */
  public Optional<ZonedDateTime> siteTime() {
    return siteZone == null ? Optional.empty() : Optional.of(occurredAt.atZone(siteZone));
  }
}
