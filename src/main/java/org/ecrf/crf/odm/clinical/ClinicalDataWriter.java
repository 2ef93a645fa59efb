package org.ecrf.crf.odm.clinical;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes ODM 1.3.2 clinical data as a stream, valid against the ODM 1.3.2 schema: the ODM root,
 * optional Study metadata and AdminData, then ClinicalData with subjects pushed one after another.
 * A subject's data ({@code GET .../subjects/{key}/clinicaldata}) can be written at once with {@link
 * #writeSubject}; a study export (issue 8) pushes level by level ({@link #startSubject}, {@link
 * #startStudyEvent}, {@link #writeForm}, {@link #endStudyEvent}, {@link #endSubject}) and so holds
 * one form at a time, whatever the study's size: nothing written is kept.
 *
 * <p>Values are written exactly as given; all escaping is done by the JDK's XML serializer. Times
 * are written as ISO 8601 UTC. A call out of order (a form outside a study event, AdminData after
 * ClinicalData), a transaction type a Snapshot file must not carry, or a character XML 1.0 cannot
 * carry is refused with an exception that names the element; the document written so far is then
 * left unfinished, so that a broken export cannot pass for a complete one. Not thread-safe: one
 * writer per document.
 */
public final class ClinicalDataWriter {

  /** Where the writer is in the document. */
  private enum Level {
    ROOT,
    CLINICAL_DATA,
    SUBJECT,
    STUDY_EVENT,
    FINISHED,
    /** A write failed half-way: the document stays unfinished. */
    FAILED
  }

  /** One write that moves the writer from one level to another. */
  private interface Step {
    void write() throws IOException;
  }

  private final XmlOut out;
  private final ProvenanceWriter provenance;
  private final FormWriter forms;
  private Level level = Level.ROOT;
  private boolean adminDataWritten;
  private boolean clinicalDataWritten;

  private ClinicalDataWriter(XmlOut out, FileType fileType) {
    this.out = out;
    this.provenance = new ProvenanceWriter(out, fileType);
    this.forms = new FormWriter(out, provenance);
  }

  /**
   * Starts a document on the stream with its ODM root element. The stream is not closed by the
   * writer; {@link #finish} flushes it.
   */
  public static ClinicalDataWriter open(OutputStream stream, OdmFileHeader file)
      throws IOException {
    Objects.requireNonNull(stream, "stream");
    XmlOut out = XmlOut.open(stream);
    ClinicalDataWriter writer = new ClinicalDataWriter(out, file.fileType());
    out.start(
        "ODM",
        "ODM",
        XmlOut.Attributes.none()
            .add("FileType", file.fileType().odmName())
            .add("FileOID", file.fileOid())
            .add("CreationDateTime", XmlOut.utc(file.creationDateTime()))
            .add("ODMVersion", OdmNames.ODM_VERSION)
            .add("Originator", file.originator())
            .add("SourceSystem", file.sourceSystem())
            .add("SourceSystemVersion", file.sourceSystemVersion()));
    return writer;
  }

  /**
   * Writes the Study metadata the clinical data are entered under, from the stored definition files
   * and without any vendor extension ({@link StudyMetadata}). ODM 1.3.2 puts Study first among the
   * root's children, so this must come before AdminData and ClinicalData.
   */
  public void writeStudy(StudyMetadata study) throws IOException {
    expect(Level.ROOT, "Study");
    if (adminDataWritten || clinicalDataWritten) {
      throw new IllegalStateException(
          "Study must come before AdminData and ClinicalData: the ODM 1.3.2 schema orders the"
              + " root's children Study, AdminData, ReferenceData, ClinicalData.");
    }
    step(Level.ROOT, () -> new StudyMetadataWriter(out).write(study));
  }

  /**
   * Writes the users, locations and signature definitions the clinical data refer to. ODM 1.3.2
   * puts AdminData before any ClinicalData, so this must come first.
   */
  public void writeAdminData(AdminDataSnapshot adminData) throws IOException {
    expect(Level.ROOT, "AdminData");
    if (clinicalDataWritten) {
      throw new IllegalStateException(
          "AdminData must come before ClinicalData: the ODM 1.3.2 schema orders the root's"
              + " children Study, AdminData, ReferenceData, ClinicalData.");
    }
    adminDataWritten = true;
    step(Level.ROOT, () -> new AdminDataWriter(out).write(adminData));
  }

  /** Opens a ClinicalData element; a document may have several (one per study version). */
  public void startClinicalData(ClinicalDataHeader header) throws IOException {
    expect(Level.ROOT, "ClinicalData");
    clinicalDataWritten = true;
    step(
        Level.CLINICAL_DATA,
        () ->
            out.start(
                "ClinicalData",
                "ClinicalData " + header.studyOid(),
                XmlOut.Attributes.none()
                    .add("StudyOID", header.studyOid())
                    .add("MetaDataVersionOID", header.metaDataVersionOid())));
  }

  /** Opens a SubjectData element and writes what comes before its study events. */
  public void startSubject(SubjectDataHeader subject) throws IOException {
    expect(Level.CLINICAL_DATA, "SubjectData");
    step(Level.SUBJECT, () -> subjectStart(subject));
  }

  private void subjectStart(SubjectDataHeader subject) throws IOException {
    String label = "SubjectData " + subject.subjectKey();
    provenance.checkTransactionType(subject.transactionType(), label);
    out.start(
        "SubjectData",
        label,
        XmlOut.Attributes.none()
            .add("SubjectKey", subject.subjectKey())
            .add("TransactionType", subject.transactionType().map(TransactionType::odmName)));
    provenance.auditRecordAndSignature(subject.provenance());
    if (subject.investigatorUserOid().isPresent()) {
      provenance.reference("InvestigatorRef", "UserOID", subject.investigatorUserOid().get());
    }
    if (subject.siteLocationOid().isPresent()) {
      provenance.reference("SiteRef", "LocationOID", subject.siteLocationOid().get());
    }
    provenance.annotations(subject.provenance());
  }

  /** Opens a StudyEventData element and writes what comes before its forms. */
  public void startStudyEvent(StudyEventDataHeader studyEvent) throws IOException {
    expect(Level.SUBJECT, "StudyEventData");
    step(Level.STUDY_EVENT, () -> studyEventStart(studyEvent));
  }

  private void studyEventStart(StudyEventDataHeader studyEvent) throws IOException {
    String label =
        "StudyEventData " + studyEvent.studyEventOid() + "[" + studyEvent.repeatKey() + "]";
    provenance.checkTransactionType(studyEvent.transactionType(), label);
    out.start(
        "StudyEventData",
        label,
        XmlOut.Attributes.none()
            .add("StudyEventOID", studyEvent.studyEventOid())
            .add("StudyEventRepeatKey", studyEvent.repeatKey())
            .add("TransactionType", studyEvent.transactionType().map(TransactionType::odmName)));
    provenance.auditRecordAndSignature(studyEvent.provenance());
    provenance.annotations(studyEvent.provenance());
  }

  /** Writes a whole form into the open study event. */
  public void writeForm(FormSnapshot form) throws IOException {
    expect(Level.STUDY_EVENT, "FormData");
    step(Level.STUDY_EVENT, () -> forms.write(form));
  }

  public void endStudyEvent() throws IOException {
    expect(Level.STUDY_EVENT, "the end of StudyEventData");
    step(Level.SUBJECT, () -> out.end("StudyEventData"));
  }

  public void endSubject() throws IOException {
    expect(Level.SUBJECT, "the end of SubjectData");
    step(Level.CLINICAL_DATA, () -> out.end("SubjectData"));
  }

  /** Writes a subject with all its study events and forms. */
  public void writeSubject(SubjectSnapshot subject) throws IOException {
    startSubject(subject.header());
    for (StudyEventSnapshot studyEvent : subject.studyEvents()) {
      startStudyEvent(studyEvent.header());
      for (FormSnapshot form : studyEvent.forms()) {
        writeForm(form);
      }
      endStudyEvent();
    }
    endSubject();
  }

  public void endClinicalData() throws IOException {
    expect(Level.CLINICAL_DATA, "the end of ClinicalData");
    step(Level.ROOT, () -> out.end("ClinicalData"));
  }

  /**
   * Ends the document (closing an open ClinicalData) and flushes it to the stream, which stays
   * open. A subject or study event still open is a caller's mistake and is refused.
   */
  public void finish() throws IOException {
    if (level == Level.CLINICAL_DATA) {
      endClinicalData();
    }
    expect(Level.ROOT, "the end of the document");
    step(
        Level.FINISHED,
        () -> {
          out.end("ODM");
          out.finish();
        });
  }

  /** Runs a write; if it fails, the writer refuses everything after it. */
  private void step(Level after, Step write) throws IOException {
    level = Level.FAILED;
    write.write();
    level = after;
  }

  private void expect(Level expected, String what) {
    if (level != expected) {
      throw new IllegalStateException(
          "Cannot write "
              + what
              + " here: the writer is "
              + describe(level)
              + (out.path().isEmpty() ? "" : " (" + out.path() + ")")
              + ".");
    }
  }

  private static String describe(Level level) {
    return switch (level) {
      case ROOT -> "at the ODM root, outside any ClinicalData";
      case CLINICAL_DATA -> "inside ClinicalData, outside any subject";
      case SUBJECT -> "inside a subject, outside any study event";
      case STUDY_EVENT -> "inside a study event";
      case FINISHED -> "finished";
      case FAILED -> "stopped by an earlier failed write, with the document unfinished";
    };
  }
}
