package org.ecrf.export.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.ecrf.audit.application.AuditTrail;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.audit.domain.AuditSource;
import org.ecrf.export.domain.ExportJob;
import org.ecrf.export.domain.ExportJobStatus;
import org.ecrf.export.domain.ExportRequest;
import org.ecrf.export.domain.ExportedFile;
import org.ecrf.export.domain.Reconciliation;
import org.ecrf.shared.NotFoundException;

/**
 * Records each step of an export job in a transaction of its own, so that the page sees progress
 * while the export runs and a failure of the export never loses the job's record. The end of a job
 * (done with its checksum, or failed with the reason) is written to the audit trail with the job.
 */
@ApplicationScoped
public class ExportJobLedger {

  /** Why a job left running by a stopped server failed. */
  static final String ABANDONED = "The server running this export stopped before it finished";

  @Inject private org.ecrf.export.domain.ExportJobRepository jobs;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long open(ExportRequest request, String requestedBy) {
    ExportJob job = new ExportJob(request, requestedBy, clock.instant());
    jobs.add(job);
    return job.id();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ExportJob start(long jobId) {
    ExportJob job = job(jobId);
    job.start();
    return job;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void progress(long jobId, long done, long total) {
    job(jobId).progress(done, total);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void finish(long jobId, ExportedFile file, Reconciliation counts, AuditSource source) {
    ExportJob job = job(jobId);
    job.finish(file, counts, clock.instant());
    audit.record(
        AuditEntry.of(AuditEventType.EXPORT_CREATED, job.requestedBy(), source, target(job))
            .withValues(
                null,
                describe(job)
                    + " file="
                    + file.name()
                    + " bytes="
                    + file.bytes()
                    + " sha256="
                    + file.sha256()));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void fail(long jobId, String reason, AuditSource source) {
    ExportJob job = job(jobId);
    job.fail(reason, clock.instant());
    audit.record(
        AuditEntry.of(AuditEventType.EXPORT_FAILED, job.requestedBy(), source, target(job))
            .withValues(null, describe(job))
            .withReason(job.failure().orElse("")));
  }

  /**
   * Records as failed every job left RUNNING by a server that stopped while it ran: called by the
   * holder of the export turn, the only server that may have a job running.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failAbandoned() {
    for (ExportJob job : jobs.unfinished()) {
      if (job.status() == ExportJobStatus.RUNNING) {
        job.fail(ABANDONED, clock.instant());
        audit.record(
            AuditEntry.of(
                    AuditEventType.EXPORT_FAILED,
                    AuditEntry.SYSTEM_ACTOR,
                    AuditSource.SYSTEM,
                    target(job))
                .withValues(null, describe(job))
                .withReason(ABANDONED));
      }
    }
  }

  private ExportJob job(long jobId) {
    return jobs.byId(jobId).orElseThrow(() -> new NotFoundException("No export " + jobId));
  }

  private static String target(ExportJob job) {
    return "export:" + job.studyOid() + "/" + job.id();
  }

  /** What was exported, as the audit trail shows it. */
  static String describe(ExportJob job) {
    ExportRequest request = job.request();
    return request.kind()
        + request.format().map(f -> " format=" + f).orElse("")
        + " study="
        + request.studyOid()
        + request.siteCode().map(s -> " site=" + s).orElse("")
        + request.from().map(d -> " from=" + d).orElse("")
        + request.to().map(d -> " to=" + d).orElse("")
        + " roles="
        + request.readerRoles().stream().map(Enum::name).sorted().toList();
  }
}
