package org.ecrf.crf.odm.clinical;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Walks an ODM document from its root down to the forms: checks the root, reads each ClinicalData,
 * SubjectData and StudyEventData, and hands every form to the listener as soon as its end tag is
 * read. Holds one form at a time; the levels above it are kept as headers only.
 */
final class ClinicalDataWalker {

  /** A ClinicalData element: its scope, its StudyOID as given, its header when it had no fault. */
  private record ClinicalLevel(Scope scope, String studyOid, ClinicalDataHeader header) {}

  private record SubjectLevel(
      ClinicalLevel parent, Scope scope, String subjectKey, SubjectDataHeader header) {}

  private record EventLevel(
      SubjectLevel parent, Scope scope, String oid, String repeatKey, StudyEventDataHeader header) {

    FormKey key(String formOid, String formRepeatKey) {
      return new FormKey(
          parent.parent().studyOid(), parent.subjectKey(), oid, repeatKey, formOid, formRepeatKey);
    }

    boolean complete() {
      return header != null && parent.header() != null && parent.parent().header() != null;
    }
  }

  /** The form being read, to be refused when the reading stops inside it. */
  private record OpenForm(FormKey key, SourcePosition position, Scope scope) {}

  private final XmlCursor cursor;
  private final ReadOptions options;
  private final FaultLog log;
  private final FormDataListener listener;
  private final ElementGuard guard;
  private FileType fileType;
  private ProvenanceReader provenance;
  private LeafReader leaves;
  private FormReader forms;
  private String fileOid = "";
  private OpenForm openForm;
  private int accepted;
  private int refused;

  ClinicalDataWalker(
      XmlCursor cursor, ReadOptions options, FaultLog log, FormDataListener listener) {
    this.cursor = cursor;
    this.options = options;
    this.log = log;
    this.listener = listener;
    this.guard = new ElementGuard(cursor, log, options.lenient());
  }

  /** Reads the whole document; a StopReading leaves the forms delivered so far standing. */
  void walk() throws StopReading {
    if (!cursor.toRootElement()) {
      throw new StopReading(
          ClinicalFaultKind.NOT_ODM, cursor.position(), "The file contains no XML element.");
    }
    Scope root = Scope.root();
    RootReader.Root file = new RootReader(cursor, guard, log).read(root);
    fileOid = file.fileOid();
    fileType = file.fileType();
    leaves = new LeafReader(cursor, guard, options.maxValueLength());
    provenance = new ProvenanceReader(cursor, guard, leaves, fileType);
    forms = new FormReader(cursor, guard, leaves, provenance, fileType, options);
    while (cursor.nextChild(guard.strayText(root, "ODM"))) {
      if (cursor.isOdm("ClinicalData")) {
        readClinicalData(root);
      } else if (cursor.isOdm("Study") || cursor.isOdm("AdminData")) {
        cursor.skipElement();
      } else if (cursor.isOdm("ReferenceData") || cursor.isOdm("Association")) {
        guard.ignore(cursor.localName(), "is not read: only ClinicalData is imported.");
      } else if (OdmNames.XMLDSIG.equals(cursor.namespace())) {
        guard.ignore("ds:" + cursor.localName(), "is not read: the platform does not verify it.");
      } else {
        guard.foreignChild(root, "ODM");
      }
    }
    log.addAll(root.untakenErrors());
    while (cursor.hasNext()) {
      cursor.next();
    }
  }

  /** Refuses the form that was being read when the reading stopped. */
  void abandonOpenForm(ClinicalDataFault stop) {
    if (openForm != null) {
      List<ClinicalDataFault> faults = openForm.scope().takeErrors();
      faults.add(stop);
      refused++;
      listener.refused(new RefusedForm(openForm.key(), openForm.position(), faults));
      openForm = null;
    }
  }

  String fileOid() {
    return fileOid;
  }

  int accepted() {
    return accepted;
  }

  int refused() {
    return refused;
  }

  private void readClinicalData(Scope root) throws StopReading {
    Scope scope = root.child();
    SourcePosition at = cursor.position();
    String study = guard.required(scope, "ClinicalData", "StudyOID");
    String version = guard.required(scope, "ClinicalData", "MetaDataVersionOID");
    String element = "ClinicalData " + Objects.requireNonNullElse(study, "");
    guard.checkAttributes(scope, element, List.of("StudyOID", "MetaDataVersionOID"));
    ClinicalDataHeader header =
        scope.errorCount() == 0 ? new ClinicalDataHeader(study, version, at) : null;
    ClinicalLevel level = new ClinicalLevel(scope, Objects.requireNonNullElse(study, ""), header);
    while (cursor.nextChild(guard.strayText(scope, element))) {
      if (cursor.isOdm("SubjectData")) {
        readSubject(level);
      } else if (cursor.isOdm("AuditRecords")
          || cursor.isOdm("Signatures")
          || cursor.isOdm("Annotations")) {
        guard.ignore(
            cursor.localName(),
            "is not read: it serves typed ItemData elements, which the platform does not accept.");
      } else {
        guard.foreignChild(scope, element);
      }
    }
    log.addAll(scope.untakenErrors());
  }

  private void readSubject(ClinicalLevel parent) throws StopReading {
    Scope scope = parent.scope().child();
    SourcePosition at = cursor.position();
    String key = guard.required(scope, "SubjectData", "SubjectKey");
    String element = ElementGuard.named("SubjectData", key, null);
    guard.checkAttributes(scope, element, List.of("SubjectKey", "TransactionType"));
    Optional<TransactionType> transactionType = guard.transactionType(scope, element, fileType);
    Attachments attached = new Attachments(element);
    Map<String, String> refs = new HashMap<>();
    SubjectLevel level = null;
    while (cursor.nextChild(guard.strayText(scope, element))) {
      if (provenance.readAttachment(attached, scope)) {
        continue;
      }
      if (cursor.isOdm("InvestigatorRef") || cursor.isOdm("SiteRef")) {
        readSubjectReference(scope, element, attached, refs);
      } else if (cursor.isOdm("StudyEventData")) {
        if (level == null) {
          attached.startContent();
          SubjectDataHeader header =
              scope.errorCount() > 0
                  ? null
                  : new SubjectDataHeader(
                      key,
                      transactionType,
                      Optional.ofNullable(refs.get("InvestigatorRef")),
                      Optional.ofNullable(refs.get("SiteRef")),
                      attached.provenance(),
                      at);
          level = new SubjectLevel(parent, scope, Objects.requireNonNullElse(key, ""), header);
        }
        readStudyEvent(level);
      } else {
        guard.foreignChild(scope, element);
      }
    }
    log.addAll(scope.untakenErrors());
  }

  private void readSubjectReference(
      Scope scope, String subject, Attachments attached, Map<String, String> refs)
      throws StopReading {
    String name = cursor.localName();
    if (attached.contentStarted() || refs.containsKey(name)) {
      scope.error(
          ClinicalFaultKind.MISPLACED_CONTENT,
          cursor.position(),
          subject
              + " has a second "
              + name
              + " or one after its StudyEventData; ODM 1.3.2 allows one, before them.");
      cursor.skipElement();
      return;
    }
    String attribute = name.equals("SiteRef") ? "LocationOID" : "UserOID";
    refs.put(name, leaves.reference(scope, "the " + name + " of " + subject, attribute));
  }

  private void readStudyEvent(SubjectLevel parent) throws StopReading {
    Scope scope = parent.scope().child();
    SourcePosition at = cursor.position();
    String oid = guard.required(scope, "StudyEventData", "StudyEventOID");
    String repeatKey =
        guard.repeatKey(
            scope, ElementGuard.named("StudyEventData", oid, null), "StudyEventRepeatKey");
    String element =
        ElementGuard.named("StudyEventData", oid, repeatKey) + " of " + parent.subjectKey();
    guard.checkAttributes(
        scope, element, List.of("StudyEventOID", "StudyEventRepeatKey", "TransactionType"));
    Optional<TransactionType> transactionType = guard.transactionType(scope, element, fileType);
    Attachments attached = new Attachments(element);
    EventLevel level = null;
    while (cursor.nextChild(guard.strayText(scope, element))) {
      if (provenance.readAttachment(attached, scope)) {
        continue;
      }
      if (cursor.isOdm("FormData")) {
        if (level == null) {
          attached.startContent();
          StudyEventDataHeader header =
              scope.errorCount() > 0
                  ? null
                  : new StudyEventDataHeader(
                      oid, repeatKey, transactionType, attached.provenance(), at);
          level =
              new EventLevel(
                  parent,
                  scope,
                  Objects.requireNonNullElse(oid, ""),
                  Objects.requireNonNullElse(repeatKey, ""),
                  header);
        }
        readForm(level);
      } else {
        guard.foreignChild(scope, element);
      }
    }
    log.addAll(scope.untakenErrors());
  }

  private void readForm(EventLevel event) throws StopReading {
    Scope scope = event.scope().child();
    SourcePosition at = cursor.position();
    FormKey key =
        event.key(
            Objects.requireNonNullElse(cursor.attribute("FormOID"), ""),
            Objects.requireNonNullElse(cursor.attribute("FormRepeatKey"), "1"));
    openForm = new OpenForm(key, at, scope);
    FormReader.Read read = forms.read(scope);
    openForm = null;
    if (scope.refused() || read.header().isEmpty() || !event.complete()) {
      List<ClinicalDataFault> faults = scope.takeErrors();
      if (faults.isEmpty()) {
        faults.add(
            new ClinicalDataFault(
                ClinicalFaultKind.MISSING_ATTRIBUTE,
                FaultEffect.REFUSES_DATA,
                at,
                "The form lacks a key of its subject or study event."));
      }
      refused++;
      listener.refused(new RefusedForm(key, at, faults));
      return;
    }
    SubjectLevel subject = event.parent();
    accepted++;
    listener.accepted(
        new FormDataSubmission(
            fileType,
            subject.parent().header(),
            subject.header(),
            event.header(),
            read.header().get(),
            read.itemGroups()));
  }
}
