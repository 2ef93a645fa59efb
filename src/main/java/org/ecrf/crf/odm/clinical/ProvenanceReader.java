package org.ecrf.crf.odm.clinical;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what ODM attaches to clinical data elements: AuditRecord, Signature and Annotation (ODM
 * 1.3.2 schema, ODMcomplexTypeDefinition-AuditRecord, -Signature, -Annotation). A faulty one is
 * reported in the element's scope and not kept.
 */
final class ProvenanceReader {

  private static final Set<String> AUDIT_PARTS =
      Set.of("UserRef", "LocationRef", "DateTimeStamp", "ReasonForChange", "SourceID");
  private static final Set<String> SIGNATURE_PARTS =
      Set.of("UserRef", "LocationRef", "SignatureRef", "DateTimeStamp", "CryptoBindingManifest");

  private final XmlCursor cursor;
  private final ElementGuard guard;
  private final LeafReader leaves;
  private final FileType fileType;

  ProvenanceReader(XmlCursor cursor, ElementGuard guard, LeafReader leaves, FileType fileType) {
    this.cursor = cursor;
    this.guard = guard;
    this.leaves = leaves;
    this.fileType = fileType;
  }

  /**
   * Reads the current child when it is an AuditRecord, Signature or Annotation, and returns whether
   * it was one.
   */
  boolean readAttachment(Attachments target, Scope scope) throws StopReading {
    boolean audit = cursor.isOdm("AuditRecord");
    boolean signature = cursor.isOdm("Signature");
    if (!audit && !signature && !cursor.isOdm("Annotation")) {
      return false;
    }
    if (target.contentStarted()) {
      misplaced(
          scope,
          "The "
              + cursor.localName()
              + " of "
              + target.element()
              + " comes after its content; ODM 1.3.2 puts it first, and it cannot apply to data"
              + " read before it.");
    } else if ((audit && target.hasAuditRecord()) || (signature && target.hasSignature())) {
      misplaced(scope, target.element() + " has more than one " + cursor.localName() + ".");
    } else if (audit) {
      target.auditRecord(readAuditRecord(scope, "the AuditRecord of " + target.element()));
    } else if (signature) {
      target.signature(readSignature(scope, "the Signature of " + target.element()));
    } else {
      target.annotation(readAnnotation(scope, "an Annotation of " + target.element()));
    }
    return true;
  }

  private void misplaced(Scope scope, String message) throws StopReading {
    scope.error(ClinicalFaultKind.MISPLACED_CONTENT, cursor.position(), message);
    cursor.skipElement();
  }

  private Optional<AuditRecordData> readAuditRecord(Scope scope, String element)
      throws StopReading {
    SourcePosition at = cursor.position();
    int errorsBefore = scope.errorCount();
    guard.checkAttributes(scope, element, List.of("EditPoint", "UsedImputationMethod", "ID"));
    Optional<EditPoint> editPoint = editPoint(scope, element);
    Parts parts = readParts(scope, element, AUDIT_PARTS);
    parts.require(scope, at, element, "UserRef", "LocationRef", "DateTimeStamp");
    if (scope.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(
        new AuditRecordData(
            parts.userOid,
            parts.locationOid,
            parts.dateTimeStamp,
            Optional.ofNullable(parts.reasonForChange),
            Optional.ofNullable(parts.sourceId),
            editPoint));
  }

  private Optional<SignatureData> readSignature(Scope scope, String element) throws StopReading {
    SourcePosition at = cursor.position();
    int errorsBefore = scope.errorCount();
    guard.checkAttributes(scope, element, List.of("ID"));
    Parts parts = readParts(scope, element, SIGNATURE_PARTS);
    parts.require(scope, at, element, "UserRef", "LocationRef", "SignatureRef", "DateTimeStamp");
    if (scope.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(
        new SignatureData(
            parts.userOid, parts.locationOid, parts.signatureOid, parts.dateTimeStamp));
  }

  private Optional<AnnotationData> readAnnotation(Scope scope, String element) throws StopReading {
    int errorsBefore = scope.errorCount();
    guard.checkAttributes(scope, element, List.of("SeqNum", "TransactionType", "ID"));
    Integer seqNum = seqNum(scope, element);
    Optional<TransactionType> transactionType = guard.transactionType(scope, element, fileType);
    String comment = null;
    Optional<CommentSource> source = Optional.empty();
    List<FlagData> flags = new ArrayList<>();
    while (cursor.nextChild(guard.strayText(scope, element))) {
      if (cursor.isOdm("Comment") && comment == null) {
        String part = "the Comment of " + element;
        guard.checkAttributes(scope, part, List.of("SponsorOrSite"));
        source = commentSource(scope, part);
        comment = leaves.text(scope, part);
      } else if (cursor.isOdm("Flag")) {
        readFlag(scope, "a Flag of " + element).ifPresent(flags::add);
      } else {
        guard.foreignChild(scope, element);
      }
    }
    if (scope.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(
        new AnnotationData(seqNum, transactionType, Optional.ofNullable(comment), source, flags));
  }

  private Optional<FlagData> readFlag(Scope scope, String element) throws StopReading {
    SourcePosition at = cursor.position();
    int errorsBefore = scope.errorCount();
    guard.checkAttributes(scope, element, List.of());
    Coded value = null;
    Coded type = null;
    while (cursor.nextChild(guard.strayText(scope, element))) {
      if (cursor.isOdm("FlagValue") && value == null) {
        value = coded(scope, "the FlagValue of " + element);
      } else if (cursor.isOdm("FlagType") && type == null) {
        type = coded(scope, "the FlagType of " + element);
      } else {
        guard.foreignChild(scope, element);
      }
    }
    if (value == null) {
      scope.error(ClinicalFaultKind.MISSING_ELEMENT, at, element + " has no FlagValue.");
    }
    if (scope.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    Optional<Coded> flagType = Optional.ofNullable(type);
    return Optional.of(
        new FlagData(
            value.text(),
            value.codeListOid(),
            flagType.map(Coded::text),
            flagType.map(Coded::codeListOid)));
  }

  /** The text of a FlagValue or FlagType with its code list. */
  private record Coded(String text, String codeListOid) {}

  private Coded coded(Scope scope, String element) throws StopReading {
    guard.checkAttributes(scope, element, List.of("CodeListOID"));
    String codeList = guard.required(scope, element, "CodeListOID");
    return new Coded(leaves.text(scope, element), codeList);
  }

  /** The children of an AuditRecord or Signature. */
  private Parts readParts(Scope scope, String element, Set<String> expected) throws StopReading {
    Parts parts = new Parts();
    while (cursor.nextChild(guard.strayText(scope, element))) {
      String name = cursor.localName();
      if (!OdmNames.ODM.equals(cursor.namespace()) || !expected.contains(name)) {
        guard.foreignChild(scope, element);
      } else if (!parts.seen.add(name)) {
        misplaced(scope, element + " has more than one " + name + ".");
      } else {
        readPart(scope, "the " + name + " of " + element, name, parts);
      }
    }
    return parts;
  }

  private void readPart(Scope scope, String part, String name, Parts parts) throws StopReading {
    switch (name) {
      case "UserRef" -> parts.userOid = leaves.reference(scope, part, "UserOID");
      case "LocationRef" -> parts.locationOid = leaves.reference(scope, part, "LocationOID");
      case "SignatureRef" -> parts.signatureOid = leaves.reference(scope, part, "SignatureOID");
      case "DateTimeStamp" -> parts.dateTimeStamp = leaves.dateTimeStamp(scope, part);
      case "ReasonForChange", "SourceID" -> {
        guard.checkAttributes(scope, part, List.of());
        String text = leaves.text(scope, part);
        if (name.equals("SourceID")) {
          parts.sourceId = text;
        } else {
          parts.reasonForChange = text;
        }
      }
      default -> guard.ignore("CryptoBindingManifest", "is not read; the signature is kept.");
    }
  }

  private Optional<EditPoint> editPoint(Scope scope, String element) {
    String value = cursor.attribute("EditPoint");
    if (value == null) {
      return Optional.empty();
    }
    Optional<EditPoint> point = EditPoint.fromOdm(value);
    if (point.isEmpty()) {
      scope.error(
          ClinicalFaultKind.INVALID_VALUE,
          cursor.position(),
          element
              + " has the EditPoint \""
              + value
              + "\"; ODM 1.3.2 allows Monitoring, DataManagement and DBAudit.");
    }
    return point;
  }

  private Optional<CommentSource> commentSource(Scope scope, String element) {
    String value = cursor.attribute("SponsorOrSite");
    if (value == null) {
      return Optional.empty();
    }
    Optional<CommentSource> source = CommentSource.fromOdm(value);
    if (source.isEmpty()) {
      scope.error(
          ClinicalFaultKind.INVALID_VALUE,
          cursor.position(),
          element + " has SponsorOrSite \"" + value + "\"; ODM 1.3.2 allows Sponsor and Site.");
    }
    return source;
  }

  private Integer seqNum(Scope scope, String element) {
    String value = guard.required(scope, element, "SeqNum");
    if (value == null) {
      return null;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      scope.error(
          ClinicalFaultKind.INVALID_VALUE,
          cursor.position(),
          element + " has the SeqNum \"" + value + "\", which is not an integer.");
      return null;
    }
  }

  /** The parts of an AuditRecord or Signature read so far. */
  private static final class Parts {
    private final Set<String> seen = new HashSet<>();
    private String userOid;
    private String locationOid;
    private String signatureOid;
    private Instant dateTimeStamp;
    private String reasonForChange;
    private String sourceId;

    void require(Scope scope, SourcePosition at, String element, String... names) {
      for (String name : names) {
        if (!seen.contains(name)) {
          scope.error(ClinicalFaultKind.MISSING_ELEMENT, at, element + " has no " + name + ".");
        }
      }
    }
  }
}
