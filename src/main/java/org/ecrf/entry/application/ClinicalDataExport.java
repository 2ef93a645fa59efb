package org.ecrf.entry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.ecrf.crf.application.CrfDefinitionRegistry;
import org.ecrf.crf.application.CrfDefinitionRegistry.LoadedVersion;
import org.ecrf.crf.odm.clinical.ClinicalDataWriter;
import org.ecrf.crf.odm.clinical.FileType;
import org.ecrf.crf.odm.clinical.OdmFileHeader;
import org.ecrf.entry.domain.ClinicalDataRepository;
import org.ecrf.entry.domain.FormData;
import org.ecrf.shared.NotFoundException;
import org.ecrf.subject.application.SubjectService;
import org.ecrf.subject.domain.Subject;

/**
 * A subject's stored clinical data as an ODM 1.3.2 Snapshot ({@code GET
 * .../subjects/{subjectKey}/clinicaldata}), for a subject the caller may see and without the items
 * the caller's roles are blinded to ({@link ClinicalDataSnapshot} says what is written). Reading
 * takes a fixed number of queries whatever the number of forms: the subject's visits, then its
 * forms with their item groups and values batch-fetched.
 */
@ApplicationScoped
public class ClinicalDataExport {

  @Inject private SubjectService subjects;
  @Inject private ClinicalDataRepository data;
  @Inject private CrfDefinitionRegistry definitions;
  @Inject private VisibleItems visibleItems;
  @Inject private Clock clock;

  /**
   * A subject's data, read at once so that a subject the caller may not see is answered before
   * anything is written.
   *
   * @throws NotFoundException for an unknown study, or a subject unknown or not visible to the
   *     caller (the same answer for both)
   */
  @Transactional
  public SubjectExport subject(String studyOid, String subjectKey) {
    Subject subject = subjects.visibleSubject(studyOid, subjectKey);
    data.eventsOf(subject);
    List<FormData> forms = data.formsOf(subject);
    ClinicalDataSnapshot snapshot =
        new ClinicalDataSnapshot(
            subject.subjectKey(),
            version -> definitions.version(studyOid, version).map(LoadedVersion::definition),
            (definition, itemOid) -> visibleItems.isVisible(definition, subject, itemOid));
    String current =
        definitions
            .current(studyOid)
            .orElseThrow(() -> new NotFoundException("No study " + studyOid))
            .metaDataVersionOid();
    return new SubjectExport(
        studyOid, subject.subjectKey(), snapshot.parts(studyOid, current, forms));
  }

  /** Writes a subject's data as an ODM document (Snapshot, created now) to the stream. */
  public void write(SubjectExport export, OutputStream out) throws IOException {
    OdmFileHeader file =
        OdmFileHeader.of(
            "ecrf-" + UUID.randomUUID(),
            FileType.SNAPSHOT,
            clock.instant().truncatedTo(ChronoUnit.SECONDS));
    ClinicalDataWriter writer = ClinicalDataWriter.open(out, file);
    for (ClinicalDataSnapshot.Part part : export.parts()) {
      writer.startClinicalData(part.header());
      writer.writeSubject(part.subject());
      writer.endClinicalData();
    }
    writer.finish();
  }

  /**
   * One subject's data to write.
   *
   * @param studyOid the study
   * @param subjectKey the subject
   * @param parts one ClinicalData per MetaDataVersion its forms were entered under
   */
  public record SubjectExport(
      String studyOid, String subjectKey, List<ClinicalDataSnapshot.Part> parts) {

    public SubjectExport {
      parts = List.copyOf(parts);
    }
  }
}
