package org.ecrf.export.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ecrf.crf.application.CrfDefinitionRegistry;
import org.ecrf.crf.application.CrfDefinitionRegistry.LoadedVersion;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.odm.clinical.ClinicalDataHeader;
import org.ecrf.crf.odm.clinical.ClinicalDataWriter;
import org.ecrf.crf.odm.clinical.FileType;
import org.ecrf.crf.odm.clinical.MetaDataVersionRefData;
import org.ecrf.crf.odm.clinical.OdmFileHeader;
import org.ecrf.crf.odm.clinical.StudyMetadata;
import org.ecrf.crf.odm.clinical.SubjectSnapshot;
import org.ecrf.export.application.OdmAdminDataReader.StoredVersion;
import org.ecrf.export.domain.ExportProgress;
import org.ecrf.export.domain.Reconciliation;
import org.ecrf.export.odm.AdminDataMapper;
import org.ecrf.export.odm.OdmOids;
import org.ecrf.export.odm.OdmReconciliation;
import org.ecrf.export.odm.SubjectDataMapper;
import org.ecrf.export.odm.SubjectRecord;

/**
 * The study's ODM 1.3.2 export (issue 8): one Snapshot document with the Study metadata of every
 * MetaDataVersion the data use and of the current one (the stored definition files, without our
 * {@code edc:} extension: plain ODM 1.3.2), the AdminData (users, sites, signature meanings), then
 * one ClinicalData per version with every subject in scope ({@link SubjectDataMapper} says what a
 * subject's part holds). It is written as a stream, subject by subject, each read in its own short
 * transaction in a fixed number of queries, so memory stays bounded whatever the study's size; with
 * several versions the subjects are read once per version. Nothing here asks who is calling: the
 * scope carries the reader's roles, so the export runs in a background thread; the caller checks
 * that the reader may export the study (and the site).
 */
@ApplicationScoped
public class OdmStudyExport {

  /** The ODM SourceSystem of the documents written. */
  public static final String SOURCE_SYSTEM = "eCRF platform";

  @Inject private OdmStudyReader subjects;
  @Inject private OdmAdminDataReader admin;
  @Inject private CrfDefinitionRegistry registry;
  @Inject private Clock clock;

  /**
   * Writes the document to the stream (left open) and answers the reconciliation: subjects, forms,
   * item values, audit records, signatures and queries read against written, with the reasons of
   * any difference.
   *
   * @throws IllegalArgumentException for a study without a stored definition
   */
  public Reconciliation write(ExportScope scope, OutputStream out, ExportProgress progress)
      throws IOException {
    List<LoadedVersion> versions = versionsWritten(scope);
    List<StoredVersion> stored = new ArrayList<>();
    for (LoadedVersion version : versions) {
      stored.add(admin.storedVersion(scope.studyOid(), version.metaDataVersionOid()));
    }
    List<Long> ids = subjects.subjectIds(scope);
    List<String> meanings = admin.signatureMeanings(scope);
    ClinicalDataWriter writer = ClinicalDataWriter.open(out, header(scope));
    writer.writeStudy(
        new StudyMetadata(
            scope.studyOid(),
            stored.stream().map(StoredVersion::file).toList(),
            List.of(OdmOids.QUERY_STATUSES)));
    List<MetaDataVersionRefData> references =
        stored.stream().map(StoredVersion::reference).toList();
    writer.writeAdminData(
        AdminDataMapper.adminData(
            scope.studyOid(), admin.users(scope), admin.sites(scope, references), meanings));
    progress.subjects((long) ids.size() * versions.size());
    OdmReconciliation counts = new OdmReconciliation();
    SubjectDataMapper mapper = mapper(scope, versions, meanings);
    List<String> order = versions.stream().map(LoadedVersion::metaDataVersionOid).toList();
    for (String version : order) {
      writer.startClinicalData(new ClinicalDataHeader(scope.studyOid(), version));
      for (long id : ids) {
        SubjectRecord subject = subjects.subject(id);
        Optional<SubjectSnapshot> part =
            mapper.subject(subject, version, homeVersion(subject, order), counts);
        if (part.isPresent()) {
          writer.writeSubject(part.get());
        }
        progress.subjectDone();
      }
      writer.endClinicalData();
    }
    writer.finish();
    return counts.reconciliation();
  }

  /**
   * The versions the subjects' forms use and the study's current one, in the order they were
   * stored.
   */
  private List<LoadedVersion> versionsWritten(ExportScope scope) {
    LoadedVersion current =
        registry
            .current(scope.studyOid())
            .orElseThrow(
                () -> new IllegalArgumentException("No study " + scope.studyOid() + " is stored"));
    Set<String> wanted = new HashSet<>(admin.versionsUsed(scope));
    wanted.add(current.metaDataVersionOid());
    List<LoadedVersion> versions =
        registry.all().stream()
            .filter(v -> v.studyOid().equals(scope.studyOid()))
            .filter(v -> wanted.remove(v.metaDataVersionOid()))
            .toList();
    if (!wanted.isEmpty()) {
      throw new IllegalStateException(
          "Data of study " + scope.studyOid() + " use versions that are not stored: " + wanted);
    }
    return versions;
  }

  /** The newest version the subject has forms under, else the current one (the last). */
  static String homeVersion(SubjectRecord subject, List<String> order) {
    List<String> used = subject.metaDataVersions();
    for (int i = order.size() - 1; i >= 0; i--) {
      if (used.contains(order.get(i))) {
        return order.get(i);
      }
    }
    return order.get(order.size() - 1);
  }

  private static SubjectDataMapper mapper(
      ExportScope scope, List<LoadedVersion> versions, List<String> meanings) {
    Map<String, StudyDefinition> definitions = new HashMap<>();
    versions.forEach(v -> definitions.put(v.metaDataVersionOid(), v.definition()));
    return new SubjectDataMapper(definitions::get, scope.readerRoles(), scope::covers, meanings);
  }

  private OdmFileHeader header(ExportScope scope) {
    return new OdmFileHeader(
        "ecrf-" + scope.studyOid() + "-" + UUID.randomUUID(),
        FileType.SNAPSHOT,
        clock.instant().truncatedTo(ChronoUnit.SECONDS),
        Optional.empty(),
        Optional.of(SOURCE_SYSTEM),
        Optional.empty());
  }
}
