package org.ecrf.export.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.ecrf.export.domain.ExportJob;
import org.ecrf.export.domain.ExportJobStatus;
import org.ecrf.export.domain.ExportKind;
import org.ecrf.export.domain.ExportRequest;
import org.ecrf.export.domain.ExportedFile;
import org.ecrf.export.domain.Reconciliation;
import org.ecrf.security.domain.Role;

/**
 * An export job as the page and the API show it. The exports page keeps a list of them in its view
 * state, which a cluster shares between server instances: it is serialised through {@link
 * SerialForm}, since its optional parts ({@link Optional}) are not serialisable themselves.
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
    Optional<String> failure)
    implements Serializable {

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

  private Object writeReplace() {
    return new SerialForm(
        id,
        SerialRequest.of(request),
        requestedBy,
        requestedAt,
        status,
        subjectsDone,
        subjectsTotal,
        finishedAt.orElse(null),
        file.orElse(null),
        reconciliation.orElse(null),
        failure.orElse(null));
  }

  /** The job with absent parts as {@code null}, as serialisation stores it. */
  private record SerialForm(
      long id,
      SerialRequest request,
      String requestedBy,
      Instant requestedAt,
      ExportJobStatus status,
      long subjectsDone,
      long subjectsTotal,
      Instant finishedAt,
      ExportedFile file,
      Reconciliation reconciliation,
      String failure)
      implements Serializable {

    private Object readResolve() {
      return new ExportJobView(
          id,
          request.toRequest(),
          requestedBy,
          requestedAt,
          status,
          subjectsDone,
          subjectsTotal,
          Optional.ofNullable(finishedAt),
          Optional.ofNullable(file),
          Optional.ofNullable(reconciliation),
          Optional.ofNullable(failure));
    }
  }

  /** What was asked for, with absent parts as {@code null}. */
  private record SerialRequest(
      String studyOid,
      ExportKind kind,
      String format,
      String siteCode,
      LocalDate from,
      LocalDate to,
      Set<Role> readerRoles)
      implements Serializable {

    static SerialRequest of(ExportRequest request) {
      return new SerialRequest(
          request.studyOid(),
          request.kind(),
          request.format().orElse(null),
          request.siteCode().orElse(null),
          request.from().orElse(null),
          request.to().orElse(null),
          request.readerRoles());
    }

    ExportRequest toRequest() {
      return new ExportRequest(
          studyOid,
          kind,
          Optional.ofNullable(format),
          Optional.ofNullable(siteCode),
          Optional.ofNullable(from),
          Optional.ofNullable(to),
          readerRoles);
    }
  }
}
