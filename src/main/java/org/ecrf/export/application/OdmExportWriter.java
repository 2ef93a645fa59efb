package org.ecrf.export.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import org.ecrf.export.domain.ExportKind;
import org.ecrf.export.domain.ExportProgress;
import org.ecrf.export.domain.ExportRequest;
import org.ecrf.export.domain.Reconciliation;

/** The study as one ODM 1.3.2 document ({@link OdmStudyExport} says what it holds). */
@ApplicationScoped
public class OdmExportWriter implements ExportWriter {

  @Inject private OdmStudyExport odm;

  @Override
  public ExportKind kind() {
    return ExportKind.ODM;
  }

  @Override
  public Reconciliation write(ExportRequest request, OutputStream out, ExportProgress progress)
      throws IOException {
    return odm.write(ExportWriter.scopeOf(request), out, progress);
  }
}
