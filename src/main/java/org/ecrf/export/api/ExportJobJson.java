package org.ecrf.export.api;

import java.util.List;
import org.ecrf.export.application.ExportJobView;
import org.ecrf.export.domain.ReconciliationLine;

/**
 * An export job as the API answers it.
 *
 * @param id the job
 * @param kind ODM, SDTM or DEFINE
 * @param format the SDTM dataset format, or null
 * @param site the site it covers, or null for all
 * @param from first visit date covered, or null
 * @param to last visit date covered, or null
 * @param requestedBy who asked
 * @param requestedAt when (ISO 8601 UTC)
 * @param status QUEUED, RUNNING, DONE or FAILED
 * @param subjectsDone subjects written so far
 * @param subjectsTotal subjects to write
 * @param finishedAt when it ended, or null
 * @param fileName the file, once done
 * @param bytes its size, once done
 * @param sha256 its SHA-256 in hexadecimal, once done
 * @param reconciliation its counts, once done
 * @param reconciles whether every count reconciles, once done
 * @param failure why it failed, or null
 */
public record ExportJobJson(
    long id,
    String kind,
    String format,
    String site,
    String from,
    String to,
    String requestedBy,
    String requestedAt,
    String status,
    long subjectsDone,
    long subjectsTotal,
    String finishedAt,
    String fileName,
    Long bytes,
    String sha256,
    List<ReconciliationLine> reconciliation,
    Boolean reconciles,
    String failure) {

  static ExportJobJson of(ExportJobView job) {
    return new ExportJobJson(
        job.id(),
        job.request().kind().name(),
        job.request().format().orElse(null),
        job.request().siteCode().orElse(null),
        job.request().from().map(Object::toString).orElse(null),
        job.request().to().map(Object::toString).orElse(null),
        job.requestedBy(),
        job.requestedAt().toString(),
        job.status().name(),
        job.subjectsDone(),
        job.subjectsTotal(),
        job.finishedAt().map(Object::toString).orElse(null),
        job.file().map(f -> f.name()).orElse(null),
        job.file().map(f -> f.bytes()).orElse(null),
        job.file().map(f -> f.sha256()).orElse(null),
        job.reconciliation().map(r -> r.lines()).orElse(null),
        job.reconciliation().map(r -> r.reconciles()).orElse(null),
        job.failure().orElse(null));
  }
}
