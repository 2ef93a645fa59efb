package org.ecrf.crf.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.ecrf.audit.application.AuditTrail;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.audit.domain.AuditSource;
import org.ecrf.crf.domain.DefinitionFile;
import org.ecrf.crf.domain.StoredDefinition;
import org.ecrf.crf.domain.StoredDefinitionRepository;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.odm.ValidationReport;

/**
 * Stores the platform's own study definitions ({@code crf-definitions/}) at start-up: a file not
 * stored yet is registered (audited); a file whose MetaDataVersion is stored with other content is
 * refused, because a released version is never edited.
 */
@ApplicationScoped
public class BuiltInDefinitions {

  @Inject private CrfDefinitionRegistry registry;
  @Inject private StoredDefinitionRepository repository;
  @Inject private AuditTrail auditTrail;
  @Inject private Clock clock;

  /**
   * Validates one file strictly and stores it if it is new; each file in a transaction of its own.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void register(DefinitionFile file) {
    ValidationReport report = registry.validate(file, StoredDefinition.Source.BUILT_IN);
    StudyDefinition definition =
        report.definition().orElseThrow(() -> DefinitionFaultsException.of(report));
    String study = definition.header().studyOid();
    String version = definition.header().metaDataVersionOid();
    Optional<StoredDefinition> stored = repository.byVersion(study, version);
    if (stored.isPresent()) {
      requireUnchanged(stored.get(), file);
      return;
    }
    repository.add(
        new StoredDefinition(
            definition,
            StoredDefinition.Source.BUILT_IN,
            file,
            AuditEntry.SYSTEM_ACTOR,
            clock.instant()));
    auditTrail.record(
        AuditEntry.of(
                AuditEventType.DEFINITION_REGISTERED,
                AuditEntry.SYSTEM_ACTOR,
                AuditSource.SYSTEM,
                DefinitionService.target(study, version))
            .withValues(null, file.name() + " sha256=" + StoredDefinition.sha256(file.content())));
  }

  static void requireUnchanged(StoredDefinition stored, DefinitionFile file) {
    if (!stored.hasContent(file.content())) {
      throw new IllegalStateException(
          "MetaDataVersion "
              + stored.metaDataVersionOid()
              + " of study "
              + stored.studyOid()
              + " is stored since "
              + stored.storedAt()
              + " with other content than "
              + file.name()
              + ". A released version is never edited: put the changes in a new file with a new MetaDataVersion OID.");
    }
  }
}
