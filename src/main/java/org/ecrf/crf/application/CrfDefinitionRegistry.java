package org.ecrf.crf.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ecrf.crf.domain.DefinitionFile;
import org.ecrf.crf.domain.StoredDefinition;
import org.ecrf.crf.domain.StoredDefinitionRepository;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.odm.CrfDefinitionValidator;
import org.ecrf.crf.odm.ValidationOptions;
import org.ecrf.crf.odm.ValidationReport;

/**
 * The study definitions in force, parsed once per server instance from the stored versions. Another
 * instance may store a new version at any time; each lookup checks, at most every two seconds,
 * whether newer versions exist and parses only those. A study's current definition is its newest
 * stored MetaDataVersion.
 */
@ApplicationScoped
public class CrfDefinitionRegistry {

  private static final System.Logger LOG = System.getLogger(CrfDefinitionRegistry.class.getName());
  private static final long REFRESH_NANOS = 2_000_000_000L;

  private final CrfDefinitionValidator validator =
      new CrfDefinitionValidator(new PlatformAlgorithms());
  private final Map<String, LoadedVersion> versions = new ConcurrentHashMap<>();
  private volatile long loadedUpTo;
  private volatile long checkedAt = System.nanoTime() - REFRESH_NANOS;

  @Inject private StoredDefinitionRepository repository;

  /** The one validator of the platform (start-up, uploads, the validation endpoint). */
  public CrfDefinitionValidator validator() {
    return validator;
  }

  /** The newest MetaDataVersion of a study. */
  public Optional<LoadedVersion> current(String studyOid) {
    refreshIfDue();
    return versions.values().stream()
        .filter(v -> v.studyOid().equals(studyOid))
        .max(Comparator.comparingLong(LoadedVersion::id));
  }

  /** One MetaDataVersion of a study (the one data were entered under, say). */
  public Optional<LoadedVersion> version(String studyOid, String metaDataVersionOid) {
    refreshIfDue();
    return Optional.ofNullable(versions.get(key(studyOid, metaDataVersionOid)));
  }

  /** Every loaded version, by study and then in the order they were stored. */
  public List<LoadedVersion> all() {
    refreshIfDue();
    List<LoadedVersion> all = new ArrayList<>(versions.values());
    all.sort(Comparator.comparing(LoadedVersion::studyOid).thenComparingLong(LoadedVersion::id));
    return all;
  }

  /**
   * Loads the versions stored since the last load. A stored version that no longer validates (say,
   * after an algorithm was withdrawn from the platform) stops the caller with every fault: data
   * must not be entered against it.
   */
  public synchronized void refresh() {
    for (StoredDefinition stored : repository.newerThan(loadedUpTo)) {
      ValidationReport report = validate(stored.file(), stored.source());
      StudyDefinition definition =
          report.definition().orElseThrow(() -> DefinitionFaultsException.of(report));
      versions.put(
          key(stored.studyOid(), stored.metaDataVersionOid()),
          new LoadedVersion(stored.id(), stored.source(), definition));
      loadedUpTo = Math.max(loadedUpTo, stored.id());
      LOG.log(
          Level.INFO,
          "Study {0}, MetaDataVersion {1}: {2} events, {3} forms, {4} items ({5}, {6})",
          stored.studyOid(),
          stored.metaDataVersionOid(),
          definition.events().size(),
          definition.forms().size(),
          definition.items().size(),
          stored.source() == StoredDefinition.Source.BUILT_IN ? "built in" : "uploaded",
          stored.fileName());
    }
    checkedAt = System.nanoTime();
  }

  /**
   * Validates a file as the platform reads files of its kind: built-in strictly, uploads in import
   * mode.
   */
  ValidationReport validate(DefinitionFile file, StoredDefinition.Source source) {
    ValidationOptions options =
        source == StoredDefinition.Source.BUILT_IN
            ? ValidationOptions.strict()
            : ValidationOptions.forImport(file.lenient());
    return validator.validate(file.content(), file.name(), options);
  }

  /** Makes the next read load what was stored, once the storing transaction has committed. */
  void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) DefinitionStored stored) {
    synchronized (this) {
      checkedAt = System.nanoTime() - REFRESH_NANOS;
    }
  }

  private void refreshIfDue() {
    if (System.nanoTime() - checkedAt >= REFRESH_NANOS) {
      if (repository.newestId() > loadedUpTo) {
        refresh();
      } else {
        checkedAt = System.nanoTime();
      }
    }
  }

  private static String key(String studyOid, String metaDataVersionOid) {
    return studyOid + "\u0000" + metaDataVersionOid;
  }

  /** A stored version, parsed. */
  public record LoadedVersion(long id, StoredDefinition.Source source, StudyDefinition definition) {

    public String studyOid() {
      return definition.header().studyOid();
    }

    public String metaDataVersionOid() {
      return definition.header().metaDataVersionOid();
    }
  }
}
