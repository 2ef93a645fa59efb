package org.ecrf.crf.odm.clinical;

import java.time.Instant;
import java.util.Optional;

/**
 * Who changed clinical data, where, when and why: an ODM AuditRecord. An audit record applies to
 * the element that carries it and, when they carry none, to everything inside it (see {@link
 * FormDataSubmission#auditRecordFor(ItemGroupData, ItemData)}).
 *
 * @param userOid the UserRef: the person who made the change
 * @param locationOid the LocationRef: the site or organisation the change was made at
 * @param dateTimeStamp the DateTimeStamp as an instant; the reader refuses a time without a zone,
 *     which could name any of 25 instants, and the writer writes UTC
 * @param reasonForChange the ReasonForChange, as given
 * @param sourceId the SourceID: where the data came from in the sender's system, as given
 * @param editPoint where in the data flow the change was made (ODM EditPoint)
 */
public record AuditRecordData(
    String userOid,
    String locationOid,
    Instant dateTimeStamp,
    Optional<String> reasonForChange,
    Optional<String> sourceId,
    Optional<EditPoint> editPoint) {

  public AuditRecordData {
    Require.key(userOid, "userOid");
    Require.key(locationOid, "locationOid");
    Require.present(dateTimeStamp, "dateTimeStamp");
    Require.present(reasonForChange, "reasonForChange");
    Require.present(sourceId, "sourceId");
    Require.present(editPoint, "editPoint");
  }

  /** An audit record without reason, source or edit point. */
  public static AuditRecordData of(String userOid, String locationOid, Instant dateTimeStamp) {
    return new AuditRecordData(
        userOid, locationOid, dateTimeStamp, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The same record with a reason for change. */
  public AuditRecordData withReasonForChange(String reason) {
    return new AuditRecordData(
        userOid, locationOid, dateTimeStamp, Optional.of(reason), sourceId, editPoint);
  }

  /** The same record with a source ID. */
  public AuditRecordData withSourceId(String source) {
    return new AuditRecordData(
        userOid, locationOid, dateTimeStamp, reasonForChange, Optional.of(source), editPoint);
  }
}
