package org.ecrf.export.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.ecrf.export.domain.ExportKind;
import org.ecrf.export.domain.ExportProgress;
import org.ecrf.export.domain.ExportRequest;
import org.ecrf.export.domain.Reconciliation;
import org.ecrf.export.domain.ReconciliationLine;

/**
 * The Define-XML 2.1 alone ({@code GET .../export/define}), describing the datasets as SAS
 * transport files, the form a submission takes. It reads no clinical data, so its reconciliation
 * has one line: the datasets it describes.
 */
@ApplicationScoped
public class DefineExportWriter implements ExportWriter {

  @Inject private DefineDocuments defines;
  @Inject private SdtmExport sdtm;

  @Override
  public ExportKind kind() {
    return ExportKind.DEFINE;
  }

  @Override
  public Reconciliation write(ExportRequest request, OutputStream out, ExportProgress progress)
      throws IOException {
    defines.write(request.studyOid(), "xpt", out);
    long datasets = sdtm.datasets(request.studyOid()).datasets().size();
    return new Reconciliation(
        List.of(new ReconciliationLine("datasets described", datasets, datasets, "")));
  }
}
