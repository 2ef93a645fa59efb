package org.ecrf.export.application;

import java.io.IOException;
import java.io.OutputStream;
import org.ecrf.export.domain.ExportKind;
import org.ecrf.export.domain.ExportProgress;
import org.ecrf.export.domain.ExportRequest;
import org.ecrf.export.domain.Reconciliation;

/**
 * Writes one kind of export to a stream. Implementations read the database subject by subject and
 * never hold the whole study; they run in a background thread, so everything they need about the
 * reader is in the request.
 */
public interface ExportWriter {

  /** The kind of export it writes. */
  ExportKind kind();

  /** Writes the export to the stream (not closing it) and answers its reconciliation. */
  Reconciliation write(ExportRequest request, OutputStream out, ExportProgress progress)
      throws IOException;

  /** The scope the study's exporters take, from a request. */
  static ExportScope scopeOf(ExportRequest request) {
    return new ExportScope(
        request.studyOid(),
        request.readerRoles(),
        request.siteCode(),
        request.from(),
        request.to());
  }
}
