package org.ecrf.export.odm;

import java.util.Optional;
import org.ecrf.crf.odm.clinical.AuditRecordData;
import org.ecrf.crf.odm.clinical.EditPoint;

/**
 * The ODM AuditRecord of an item value: its last entry or change, as a Snapshot file carries it
 * (ODM 1.3.2 specification, AuditRecord: who, where, when, why). The full history stays in the
 * audit trail; the SourceID names the audit event ({@code audit-event:1234}) so that a reader can
 * find it there.
 */
public final class AuditRecords {

  /** The SourceID prefix that names an audit event of the platform's audit trail. */
  public static final String SOURCE_PREFIX = "audit-event:";

  private AuditRecords() {}

  /**
   * The audit record of a change made for a subject at {@code subjectSite}: the change's own site
   * when recorded (site staff), else the subject's (study-wide roles act on the subject's data).
   */
  public static AuditRecordData of(ItemChange change, String subjectSite) {
    return new AuditRecordData(
        OdmOids.user(change.actor()),
        OdmOids.location(change.siteCode().orElse(subjectSite)),
        change.occurredAt(),
        change.reason().filter(reason -> !reason.isBlank()),
        Optional.of(SOURCE_PREFIX + change.auditEventId()),
        change.actorRole().flatMap(AuditRecords::editPoint));
  }

  /**
   * Where in the data flow a role changes data (ODM EditPoint): data managers in data management,
   * monitors while monitoring; site staff and the platform enter data at the source, for which ODM
   * has no edit point (the attribute is left out).
   */
  static Optional<EditPoint> editPoint(String role) {
    return switch (role) {
      case "DATA_MANAGER" -> Optional.of(EditPoint.DATA_MANAGEMENT);
      case "MONITOR" -> Optional.of(EditPoint.MONITORING);
      default -> Optional.empty();
    };
  }
}
