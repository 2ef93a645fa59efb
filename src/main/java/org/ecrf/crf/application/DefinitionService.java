package org.ecrf.crf.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ecrf.audit.application.AuditTrail;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.crf.application.CrfDefinitionRegistry.LoadedVersion;
import org.ecrf.crf.domain.DefinitionFile;
import org.ecrf.crf.domain.StoredDefinition;
import org.ecrf.crf.domain.StoredDefinitionRepository;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.odm.ValidationOptions;
import org.ecrf.crf.odm.ValidationReport;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;
import org.ecrf.shared.ConflictException;
import org.ecrf.shared.NotFoundException;

/**
 * Study definitions for their users: administrators and data managers validate other systems' ODM
 * files, administrators upload a new study or a new MetaDataVersion (audited; a stored version is
 * never changed), and every signed-in user reads a study's current definition.
 */
@ApplicationScoped
public class DefinitionService {

  @Inject private CrfDefinitionRegistry registry;
  @Inject private Event<DefinitionStored> storedEvents;
  @Inject private StoredDefinitionRepository repository;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail auditTrail;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "ecrf.definitions.max-bytes", defaultValue = "16777216")
  private int maxBytes;

  /**
   * The largest file accepted, in bytes; the REST layer stops reading beyond it (and answers 413).
   */
  public int maxBytes() {
    return maxBytes;
  }

  /** Validates another system's ODM file as an import, without storing anything. */
  public ValidationReport validate(DefinitionFile file) {
    currentUser.requireAnyRole(Role.ADMIN, Role.DATA_MANAGER);
    return registry.validator().validate(file.content(), file.name(), importOptions(file));
  }

  /**
   * Stores a valid file as a new version. The same file again changes nothing ({@link
   * Upload.Outcome#UNCHANGED}); other content under a stored study and MetaDataVersion is refused
   * ({@link ConflictException}).
   */
  @Transactional
  public Upload upload(DefinitionFile file) {
    currentUser.requireAnyRole(Role.ADMIN);
    ValidationReport report =
        registry.validator().validate(file.content(), file.name(), importOptions(file));
    Optional<StudyDefinition> valid = report.definition();
    if (valid.isEmpty()) {
      return new Upload(Upload.Outcome.INVALID, report);
    }
    String study = valid.get().header().studyOid();
    String version = valid.get().header().metaDataVersionOid();
    Optional<StoredDefinition> stored = repository.byVersion(study, version);
    if (stored.isPresent()) {
      if (!stored.get().hasContent(file.content())) {
        throw new ConflictException(
            "MetaDataVersion "
                + version
                + " of study "
                + study
                + " is stored with other content; a stored version"
                + " is never changed: give the new definition a new MetaDataVersion OID");
      }
      return new Upload(Upload.Outcome.UNCHANGED, report);
    }
    String actor = currentUser.account().username();
    repository.add(
        new StoredDefinition(
            valid.get(), StoredDefinition.Source.UPLOADED, file, actor, clock.instant()));
    auditTrail.record(
        AuditEntry.of(
                AuditEventType.DEFINITION_UPLOADED,
                actor,
                currentUser.source(),
                target(study, version))
            .atSite(null, Role.ADMIN.name())
            .withValues(null, file.name() + " sha256=" + StoredDefinition.sha256(file.content())));
    storedEvents.fire(new DefinitionStored(study, version));
    return new Upload(Upload.Outcome.STORED, report);
  }

  /** The current definition of a study (its newest MetaDataVersion). */
  public LoadedVersion current(String studyOid) {
    currentUser.account();
    return registry
        .current(studyOid)
        .orElseThrow(() -> new NotFoundException("No study " + studyOid));
  }

  /** A given MetaDataVersion of a study. */
  public LoadedVersion version(String studyOid, String metaDataVersionOid) {
    currentUser.account();
    return registry
        .version(studyOid, metaDataVersionOid)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "No MetaDataVersion " + metaDataVersionOid + " of study " + studyOid));
  }

  /** The ODM file of a version, byte for byte as it was stored. */
  public DefinitionFile file(String studyOid, String metaDataVersionOid) {
    currentUser.account();
    return repository
        .byVersion(studyOid, metaDataVersionOid)
        .map(StoredDefinition::file)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "No MetaDataVersion " + metaDataVersionOid + " of study " + studyOid));
  }

  /** Every stored version, for the administration page. */
  public List<StoredDefinition> storedVersions() {
    currentUser.requireAnyRole(Role.ADMIN, Role.DATA_MANAGER);
    return repository.all();
  }

  /**
   * The study a page is about: the one named in its address ({@code ?study=}), else the first
   * loaded one (the platform usually runs one study), else null.
   */
  public String studyOrFirst(String requested) {
    if (requested != null && !requested.isBlank()) {
      return requested.strip();
    }
    return loadedVersions().stream().map(LoadedVersion::studyOid).findFirst().orElse(null);
  }

  /** Every loaded version, for anyone signed in. */
  public List<LoadedVersion> loadedVersions() {
    currentUser.account();
    return registry.all();
  }

  private ValidationOptions importOptions(DefinitionFile file) {
    return ValidationOptions.forImport(file.lenient()).withMaxBytes(maxBytes);
  }

  static String target(String studyOid, String metaDataVersionOid) {
    return "definition:" + studyOid + "/" + metaDataVersionOid;
  }

  /** What an upload did, with the validation report. */
  public record Upload(Outcome outcome, ValidationReport report) {

    /** Stored as a new version, already stored with this content, or refused for its faults. */
    public enum Outcome {
      STORED,
      UNCHANGED,
      INVALID
    }
  }
}
