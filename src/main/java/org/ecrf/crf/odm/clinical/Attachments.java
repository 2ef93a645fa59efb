package org.ecrf.crf.odm.clinical;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the AuditRecord, Signature and Annotations of one element while it is read. ODM puts
 * them before the element's content (the study events of a subject, the forms of a study event…);
 * once the content has started they can no longer apply to what was already delivered.
 */
final class Attachments {

  private final String element;
  private AuditRecordData auditRecord;
  private SignatureData signature;
  private final List<AnnotationData> annotations = new ArrayList<>();
  private boolean hasAuditRecord;
  private boolean hasSignature;
  private boolean contentStarted;

  Attachments(String element) {
    this.element = element;
  }

  String element() {
    return element;
  }

  /** The element's content (children other than attachments) has begun. */
  void startContent() {
    contentStarted = true;
  }

  boolean contentStarted() {
    return contentStarted;
  }

  boolean hasAuditRecord() {
    return hasAuditRecord;
  }

  boolean hasSignature() {
    return hasSignature;
  }

  /** Records that the element has an audit record; the record itself only when it was valid. */
  void auditRecord(Optional<AuditRecordData> value) {
    hasAuditRecord = true;
    auditRecord = value.orElse(null);
  }

  void signature(Optional<SignatureData> value) {
    hasSignature = true;
    signature = value.orElse(null);
  }

  void annotation(Optional<AnnotationData> value) {
    value.ifPresent(annotations::add);
  }

  Provenance provenance() {
    return new Provenance(
        Optional.ofNullable(auditRecord), Optional.ofNullable(signature), annotations);
  }
}
