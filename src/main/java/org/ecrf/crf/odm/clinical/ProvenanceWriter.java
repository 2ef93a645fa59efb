package org.ecrf.crf.odm.clinical;

import java.io.IOException;
import java.util.Optional;

/**
 * Writes what is attached to a clinical data element in ODM 1.3.2 order: AuditRecord (UserRef,
 * LocationRef, DateTimeStamp, ReasonForChange, SourceID), Signature (UserRef, LocationRef,
 * SignatureRef, DateTimeStamp) and Annotations (Comment, Flag*). The caller writes what ODM puts
 * between them (SiteRef, MeasurementUnitRef…).
 */
final class ProvenanceWriter {

  private final XmlOut out;
  private final FileType fileType;

  ProvenanceWriter(XmlOut out, FileType fileType) {
    this.out = out;
    this.fileType = fileType;
  }

  /** The AuditRecord and Signature, which come first in every clinical data element. */
  void auditRecordAndSignature(Provenance provenance) throws IOException {
    if (provenance.auditRecord().isPresent()) {
      AuditRecordData audit = provenance.auditRecord().get();
      out.start(
          "AuditRecord",
          "AuditRecord",
          XmlOut.Attributes.none().add("EditPoint", audit.editPoint().map(EditPoint::odmName)));
      reference("UserRef", "UserOID", audit.userOid());
      reference("LocationRef", "LocationOID", audit.locationOid());
      out.time("DateTimeStamp", audit.dateTimeStamp());
      optionalText("ReasonForChange", audit.reasonForChange());
      optionalText("SourceID", audit.sourceId());
      out.end("AuditRecord");
    }
    if (provenance.signature().isPresent()) {
      SignatureData signature = provenance.signature().get();
      out.start("Signature", "Signature", XmlOut.Attributes.none());
      reference("UserRef", "UserOID", signature.userOid());
      reference("LocationRef", "LocationOID", signature.locationOid());
      reference("SignatureRef", "SignatureOID", signature.signatureOid());
      out.time("DateTimeStamp", signature.dateTimeStamp());
      out.end("Signature");
    }
  }

  /** The Annotations, which come after the element's references and before its content. */
  void annotations(Provenance provenance) throws IOException {
    for (AnnotationData annotation : provenance.annotations()) {
      String label = "Annotation " + annotation.seqNum();
      checkTransactionType(annotation.transactionType(), label);
      out.start(
          "Annotation",
          label,
          XmlOut.Attributes.none()
              .add("SeqNum", Integer.toString(annotation.seqNum()))
              .add("TransactionType", annotation.transactionType().map(TransactionType::odmName)));
      if (annotation.comment().isPresent()) {
        out.text(
            "Comment",
            XmlOut.Attributes.none()
                .add("SponsorOrSite", annotation.commentSource().map(CommentSource::odmName)),
            annotation.comment().get());
      }
      for (FlagData flag : annotation.flags()) {
        out.start("Flag", "Flag", XmlOut.Attributes.none());
        out.text(
            "FlagValue",
            XmlOut.Attributes.none().add("CodeListOID", flag.valueCodeListOid()),
            flag.value());
        if (flag.type().isPresent()) {
          out.text(
              "FlagType",
              XmlOut.Attributes.none().add("CodeListOID", flag.typeCodeListOid().orElseThrow()),
              flag.type().get());
        }
        out.end("Flag");
      }
      out.end("Annotation");
    }
  }

  /** A reference element: one OID attribute, no content. */
  void reference(String element, String attribute, String oid) throws IOException {
    out.empty(element, XmlOut.Attributes.none().add(attribute, oid));
  }

  /**
   * Refuses a transaction type that a Snapshot file must not carry (ODM 1.3.2 specification, ODM
   * element, FileType).
   */
  void checkTransactionType(Optional<TransactionType> type, String label) {
    if (!fileType.allows(type)) {
      throw new IllegalArgumentException(
          "Cannot write "
              + label
              + (out.path().isEmpty() ? "" : " in " + out.path())
              + " with TransactionType "
              + type.orElseThrow().odmName()
              + ": a Snapshot file allows only Insert or none.");
    }
  }

  private void optionalText(String element, Optional<String> text) throws IOException {
    if (text.isPresent()) {
      out.text(element, XmlOut.Attributes.none(), text.get());
    }
  }
}
