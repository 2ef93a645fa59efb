package org.ecrf.export.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecrf.security.domain.Role;

/**
 * One export asked for: its scope and reader, its progress while it runs, and when done the file it
 * wrote with its size, SHA-256 and reconciliation, or why it failed. A job only moves forward
 * (QUEUED, RUNNING, then DONE or FAILED); a finished job does not change.
 */
@Entity
@Table(name = "export_job")
@NamedQuery(
    name = "ExportJob.recentOf",
    query = "SELECT j FROM ExportJob j WHERE j.studyOid = :study ORDER BY j.id DESC")
@NamedQuery(
    name = "ExportJob.unfinished",
    query =
        "SELECT j FROM ExportJob j WHERE j.status IN"
            + " (org.ecrf.export.domain.ExportJobStatus.QUEUED,"
            + " org.ecrf.export.domain.ExportJobStatus.RUNNING) ORDER BY j.id")
public class ExportJob {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "study_oid", nullable = false, updatable = false)
  private String studyOid;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private ExportKind kind;

  @Column(name = "format", updatable = false)
  private String format;

  @Column(name = "site_code", updatable = false)
  private String siteCode;

  @Column(name = "date_from", updatable = false)
  private LocalDate dateFrom;

  @Column(name = "date_to", updatable = false)
  private LocalDate dateTo;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private String requestedBy;

  @Column(name = "reader_roles", nullable = false, updatable = false)
  private String readerRoles;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ExportJobStatus status;

  @Column(name = "subjects_total", nullable = false)
  private long subjectsTotal;

  @Column(name = "subjects_done", nullable = false)
  private long subjectsDone;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "byte_count")
  private Long byteCount;

  @Column(name = "sha256")
  private String sha256;

  @Column(name = "reconciliation")
  private String reconciliation;

  @Column(name = "failure")
  private String failure;

  /** JPA. */
  protected ExportJob() {}

  /** A new export waiting for a worker. */
  public ExportJob(ExportRequest request, String requestedBy, Instant requestedAt) {
    this.studyOid = request.studyOid();
    this.kind = request.kind();
    this.format = request.format().orElse(null);
    this.siteCode = request.siteCode().orElse(null);
    this.dateFrom = request.from().orElse(null);
    this.dateTo = request.to().orElse(null);
    this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
    this.readerRoles =
        request.readerRoles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
    this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
    this.status = ExportJobStatus.QUEUED;
  }

  /** A worker took it up. */
  public void start() {
    requireStatus(ExportJobStatus.QUEUED, "start");
    status = ExportJobStatus.RUNNING;
  }

  /** How far it got: subjects done out of the total. */
  public void progress(long done, long total) {
    requireStatus(ExportJobStatus.RUNNING, "record progress of");
    subjectsDone = done;
    subjectsTotal = total;
  }

  /** Its file was written completely. */
  public void finish(ExportedFile file, Reconciliation counts, Instant at) {
    requireStatus(ExportJobStatus.RUNNING, "finish");
    status = ExportJobStatus.DONE;
    fileName = file.name();
    byteCount = file.bytes();
    sha256 = file.sha256();
    reconciliation = ReconciliationText.write(counts);
    finishedAt = at;
    subjectsDone = subjectsTotal;
  }

  /** It stopped without a complete file; the reason is kept (at most 2,000 characters). */
  public void fail(String reason, Instant at) {
    if (status.isFinished()) {
      throw new IllegalStateException("Export " + id + " is already " + status);
    }
    status = ExportJobStatus.FAILED;
    String text = reason == null || reason.isBlank() ? "Unknown failure" : reason;
    failure = text.length() > 2000 ? text.substring(0, 2000) : text;
    finishedAt = at;
  }

  private void requireStatus(ExportJobStatus expected, String action) {
    if (status != expected) {
      throw new IllegalStateException(
          "Cannot " + action + " export " + id + ": it is " + status + ", not " + expected);
    }
  }

  public long id() {
    return id;
  }

  /** What was asked for. */
  public ExportRequest request() {
    return new ExportRequest(
        studyOid,
        kind,
        Optional.ofNullable(format),
        Optional.ofNullable(siteCode),
        Optional.ofNullable(dateFrom),
        Optional.ofNullable(dateTo),
        roles());
  }

  private Set<Role> roles() {
    return Arrays.stream(readerRoles.split(","))
        .filter(s -> !s.isBlank())
        .map(Role::valueOf)
        .collect(Collectors.toUnmodifiableSet());
  }

  public String studyOid() {
    return studyOid;
  }

  public ExportKind kind() {
    return kind;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public ExportJobStatus status() {
    return status;
  }

  public long subjectsTotal() {
    return subjectsTotal;
  }

  public long subjectsDone() {
    return subjectsDone;
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  /** The file written, once DONE. */
  public Optional<ExportedFile> file() {
    return status == ExportJobStatus.DONE
        ? Optional.of(new ExportedFile(fileName, byteCount, sha256))
        : Optional.empty();
  }

  /** The reconciliation, once DONE. */
  public Optional<Reconciliation> reconciliation() {
    return Optional.ofNullable(reconciliation).map(ReconciliationText::read);
  }

  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }
}
