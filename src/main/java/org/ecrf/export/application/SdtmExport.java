package org.ecrf.export.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ecrf.crf.application.CrfDefinitionRegistry;
import org.ecrf.crf.application.CrfDefinitionRegistry.LoadedVersion;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.DatasetFileInfo;
import org.ecrf.export.dataset.DatasetFormat;
import org.ecrf.export.dataset.DatasetSink;
import org.ecrf.export.domain.ExportProgress;
import org.ecrf.export.domain.Reconciliation;
import org.ecrf.export.sdtm.Casebook;
import org.ecrf.export.sdtm.SdtmDatasets;
import org.ecrf.export.sdtm.SdtmSettings;
import org.ecrf.export.sdtm.SdtmStream;
import org.ecrf.export.sdtm.SdtmStudyMap;
import org.ecrf.shared.NotFoundException;

/**
 * The SDTM export of a study: its datasets (for Define-XML and the page) and the writing of one
 * file per dataset ({@code dm.json}, {@code lb.xpt}, ...) into a directory. Writing opens every
 * file at once and goes through the subjects one at a time, each read in its own transaction,
 * mapped, written and forgotten, so the study is never in memory as a whole. Values the scope's
 * reader roles are blinded to are not written. Runs as a background job: it reads no current user
 * and checks no rights; the caller decides who may export what.
 *
 * <p>Maps by the study's current definition ({@link SdtmSettings#DEFAULT} for the choices the
 * definition does not make).
 */
@ApplicationScoped
public class SdtmExport {

  /** Dataset-JSON's originator and source system, and the XPT header's. */
  static final String ORIGINATOR = "eCRF platform";

  static final String SOURCE_SYSTEM = "eCRF platform";
  static final String SOURCE_SYSTEM_VERSION = "1";

  @Inject private CrfDefinitionRegistry definitions;
  @Inject private SdtmCasebookReader reader;
  @Inject private Clock clock;

  /**
   * The SDTM datasets and terms of a study's current definition.
   *
   * @throws NotFoundException for an unknown study
   */
  public SdtmDatasets datasets(String studyOid) {
    return SdtmDatasets.of(studyMap(studyOid));
  }

  /**
   * Writes the study's SDTM datasets into the directory, one file per dataset named by its lower-
   * case name and the format's extension, and reconciles what was read against what was written.
   *
   * @throws NotFoundException for an unknown study
   * @throws IOException when a file cannot be written; files already written stay
   */
  public Reconciliation write(
      ExportScope scope, DatasetFormat format, Path directory, ExportProgress progress)
      throws IOException {
    SdtmStudyMap map = studyMap(scope.studyOid());
    SdtmDatasets datasets = SdtmDatasets.of(map);
    DatasetFileInfo file =
        new DatasetFileInfo(
            scope.studyOid(),
            map.definition().header().metaDataVersionOid(),
            clock.instant().truncatedTo(ChronoUnit.SECONDS),
            ORIGINATOR,
            SOURCE_SYSTEM,
            SOURCE_SYSTEM_VERSION);
    Files.createDirectories(directory);
    try (Sinks sinks = Sinks.open(datasets, format, file, directory)) {
      SdtmStream stream = new SdtmStream(map, scope.readerRoles(), sinks.sinks);
      List<String> keys = reader.subjectKeys(scope);
      progress.subjects(keys.size());
      for (String key : keys) {
        Optional<Casebook> casebook = reader.casebook(scope, key);
        if (casebook.isPresent()) {
          stream.subject(casebook.get());
        }
        progress.subjectDone();
      }
      return stream.finish();
    }
  }

  private SdtmStudyMap studyMap(String studyOid) {
    LoadedVersion version =
        definitions
            .current(studyOid)
            .orElseThrow(() -> new NotFoundException("No study " + studyOid));
    return SdtmStudyMap.of(version.definition(), SdtmSettings.DEFAULT);
  }

  /** The open files of an export, one sink per dataset, closed (finished) together. */
  private static final class Sinks implements AutoCloseable {
    private final Map<String, DatasetSink> sinks = new LinkedHashMap<>();
    private final List<OutputStream> streams = new ArrayList<>();

    static Sinks open(SdtmDatasets datasets, DatasetFormat format, DatasetFileInfo file, Path dir)
        throws IOException {
      Sinks sinks = new Sinks();
      try {
        for (Dataset dataset : datasets.datasets()) {
          Path path =
              dir.resolve(dataset.name().toLowerCase(Locale.ROOT) + "." + format.extension());
          OutputStream out = Files.newOutputStream(path);
          sinks.streams.add(out);
          sinks.sinks.put(dataset.name(), format.open(dataset, file, out));
        }
      } catch (IOException | RuntimeException e) {
        sinks.close();
        throw e;
      }
      return sinks;
    }

    @Override
    public void close() throws IOException {
      IOException failure = null;
      for (DatasetSink sink : sinks.values()) {
        try {
          sink.close();
        } catch (IOException e) {
          failure = failure == null ? e : failure;
        }
      }
      for (OutputStream stream : streams) {
        try {
          stream.close();
        } catch (IOException e) {
          failure = failure == null ? e : failure;
        }
      }
      if (failure != null) {
        throw failure;
      }
    }
  }
}
