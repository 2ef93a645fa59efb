package org.ecrf.export.application;

import java.time.Instant;
import java.util.Optional;
import org.ecrf.export.domain.ExportJob;
import org.ecrf.export.domain.ExportJobStatus;
import org.ecrf.export.domain.ExportRequest;
import org.ecrf.export.domain.ExportedFile;
import org.ecrf.export.domain.Reconciliation;

/**
 * An export job as the page and the API show it.
 *
 * @param id the job's number
 * @param request what was asked for
 * @param requestedBy who asked
 * @param requestedAt when
 * @param status where it stands
 * @param subjectsDone subjects written so far
 * @param subjectsTotal subjects to write
 * @param finishedAt when it ended
 * @param file the file written, once done
 * @param reconciliation its counts, once done
 * @param failure why it failed
 */
public record ExportJobView(
    long id,
    ExportRequest request,
    String requestedBy,
    Instant requestedAt,
    ExportJobStatus status,
    long subjectsDone,
    long subjectsTotal,
    Optional<Instant> finishedAt,
    Optional<ExportedFile> file,
    Optional<Reconciliation> reconciliation,
    Optional<String> failure) {

  static ExportJobView of(ExportJob job) {
    return new ExportJobView(
        job.id(),
        job.request(),
        job.requestedBy(),
        job.requestedAt(),
        job.status(),
        job.subjectsDone(),
        job.subjectsTotal(),
        job.finishedAt(),
        job.file(),
        job.reconciliation(),
        job.failure());
  }

  /** Progress in whole percent (100 once done). */
  public int percent() {
    if (status == ExportJobStatus.DONE) {
      return 100;
    }
    return subjectsTotal == 0 ? 0 : (int) (100 * subjectsDone / subjectsTotal);
  }
}
