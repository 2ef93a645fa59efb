package org.ecrf.crf.odm.clinical;

import java.util.List;
import java.util.Optional;

/**
 * What ODM attaches to each level of clinical data (subject, study event, form, item group, item):
 * the audit record of the last change, the signature and the annotations of that level itself. The
 * audit record that <em>applies</em> to a level may be inherited from an enclosing one; {@link
 * FormDataSubmission} resolves that.
 *
 * @param auditRecord the level's own AuditRecord
 * @param signature the level's own Signature
 * @param annotations the level's own Annotations, in file order
 */
public record Provenance(
    Optional<AuditRecordData> auditRecord,
    Optional<SignatureData> signature,
    List<AnnotationData> annotations) {

  /** Nothing attached. */
  public static final Provenance NONE =
      new Provenance(Optional.empty(), Optional.empty(), List.of());

  public Provenance {
    Require.present(auditRecord, "auditRecord");
    Require.present(signature, "signature");
    annotations = Require.list(annotations, "annotations");
  }

  /** Only an audit record. */
  public static Provenance of(AuditRecordData auditRecord) {
    return new Provenance(Optional.of(auditRecord), Optional.empty(), List.of());
  }

  public Provenance withSignature(SignatureData value) {
    return new Provenance(auditRecord, Optional.of(value), annotations);
  }

  public Provenance withAnnotations(List<AnnotationData> values) {
    return new Provenance(auditRecord, signature, values);
  }

  public boolean isEmpty() {
    return auditRecord.isEmpty() && signature.isEmpty() && annotations.isEmpty();
  }
}
