package org.ecrf.export.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ecrf.crf.application.CrfDefinitionRegistry;
import org.ecrf.crf.domain.StudyHeader;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.define.DefineContent;
import org.ecrf.export.define.DefineStandards;
import org.ecrf.export.define.DefineStudy;
import org.ecrf.export.define.DefineWriter;
import org.ecrf.export.sdtm.SdtmDatasets;
import org.ecrf.shared.NotFoundException;

/**
 * The Define-XML 2.1 of a study's SDTM datasets, as the study's current definition maps them: the
 * same datasets and code lists the SDTM export writes, each dataset pointing at its file in the
 * chosen format ({@code dm.xpt}, {@code dm.json}, {@code dm.csv}).
 */
@ApplicationScoped
public class DefineDocuments {

  @Inject private CrfDefinitionRegistry definitions;
  @Inject private SdtmExport sdtm;
  @Inject private Clock clock;

  /** Writes the define of the study, its datasets' files having the given extension. */
  public void write(String studyOid, String fileExtension, OutputStream out) throws IOException {
    StudyHeader header =
        definitions
            .current(studyOid)
            .orElseThrow(() -> new NotFoundException("No study " + studyOid))
            .definition()
            .header();
    SdtmDatasets datasets = sdtm.datasets(studyOid);
    DefineContent content =
        new DefineContent(
            study(header),
            DefineStandards.SDTMIG_3_4,
            datasets.datasets(),
            datasets.terms(),
            fileNames(datasets, fileExtension),
            clock.instant().truncatedTo(ChronoUnit.SECONDS));
    new DefineWriter(content).writeTo(out);
  }

  private static DefineStudy study(StudyHeader header) {
    String description =
        header.metaDataVersionDescription() == null || header.metaDataVersionDescription().isBlank()
            ? header.studyName()
            : header.metaDataVersionDescription();
    return new DefineStudy(
        header.studyOid(),
        header.studyName(),
        description,
        header.protocolName(),
        header.metaDataVersionOid(),
        header.studyName() + " SDTM data definitions (" + header.metaDataVersionName() + ")");
  }

  private static Map<String, String> fileNames(SdtmDatasets datasets, String extension) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Dataset dataset : datasets.datasets()) {
      names.put(dataset.name(), dataset.name().toLowerCase(Locale.ROOT) + "." + extension);
    }
    return names;
  }
}
