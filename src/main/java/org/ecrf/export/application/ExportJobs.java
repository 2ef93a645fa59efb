package org.ecrf.export.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ecrf.audit.domain.AuditSource;
import org.ecrf.crf.application.CrfDefinitionRegistry;
import org.ecrf.export.domain.ExportJob;
import org.ecrf.export.domain.ExportJobRepository;
import org.ecrf.export.domain.ExportJobStatus;
import org.ecrf.export.domain.ExportRequest;
import org.ecrf.export.domain.ExportedFile;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;
import org.ecrf.shared.AccessDeniedException;
import org.ecrf.shared.ConflictException;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.shared.NotFoundException;

/**
 * Sponsor exports as users ask for them (issue 8): for SPONSOR and DATA_MANAGER only, written for
 * the asking user's roles (blinded values stay hidden from a blinded reader), in the background
 * with progress ({@link #start}) or at once for automation ({@link #runNow}).
 *
 * <p>A finished file may be downloaded by anyone holding SPONSOR or DATA_MANAGER whose roles are
 * all among the roles it was written for: such a reader is blinded to nothing the export shows.
 */
@ApplicationScoped
public class ExportJobs {

  /** How many exports the page lists. */
  public static final int RECENT = 20;

  private static final Role[] EXPORTERS = {Role.SPONSOR, Role.DATA_MANAGER};

  @Inject private CurrentUser currentUser;
  @Inject private ExportJobLedger ledger;
  @Inject private ExportRunner runner;
  @Inject private ExportJobRepository jobs;
  @Inject private ExportDirectory directory;
  @Inject private CrfDefinitionRegistry definitions;

  @Resource private ManagedExecutorService executor;

  /**
   * Queues an export and answers at once; it runs in the background.
   *
   * @throws AccessDeniedException for roles other than SPONSOR and DATA_MANAGER
   * @throws NotFoundException for an unknown study
   * @throws InvalidInputException for a format or date range that does not fit
   */
  public ExportJobView start(ExportOrder order) {
    long id = open(order);
    AuditSource source = currentUser.source();
    executor.submit(() -> runner.run(id, source));
    return job(order.studyOid(), id);
  }

  /** Runs an export to its end in the caller's thread and answers the finished job. */
  public ExportJobView runNow(ExportOrder order) {
    long id = open(order);
    runner.run(id, currentUser.source());
    return job(order.studyOid(), id);
  }

  private long open(ExportOrder order) {
    currentUser.requireAnyRole(EXPORTERS);
    if (definitions.current(order.studyOid()).isEmpty()) {
      throw new NotFoundException("No study " + order.studyOid());
    }
    ExportRequest request;
    try {
      request =
          new ExportRequest(
              order.studyOid(),
              order.kind(),
              order.format(),
              order.siteCode(),
              order.from(),
              order.to(),
              currentUser.access().roles());
    } catch (IllegalArgumentException e) {
      String field = e.getMessage().startsWith("format") ? "format" : "from";
      throw new InvalidInputException(field, e.getMessage());
    }
    return ledger.open(request, currentUser.username().orElseThrow());
  }

  /** The study's most recent exports, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ExportJobView> recent(String studyOid) {
    currentUser.requireAnyRole(EXPORTERS);
    return jobs.recentOf(studyOid, RECENT).stream().map(ExportJobView::of).toList();
  }

  /** One export of the study. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ExportJobView job(String studyOid, long id) {
    currentUser.requireAnyRole(EXPORTERS);
    return ExportJobView.of(jobOf(studyOid, id));
  }

  /**
   * The file of a finished export, for download.
   *
   * @throws ConflictException while it runs or when it failed
   * @throws AccessDeniedException when the caller holds a role the export was not written for
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Download download(String studyOid, long id) throws IOException {
    currentUser.requireAnyRole(EXPORTERS);
    ExportJob job = jobOf(studyOid, id);
    Set<Role> mine = currentUser.access().roles();
    if (!job.request().readerRoles().containsAll(mine)) {
      throw new AccessDeniedException(
          "Export "
              + id
              + " was written for the roles "
              + job.request().readerRoles()
              + "; ask for an export of your own");
    }
    ExportedFile file =
        job.file()
            .orElseThrow(
                () ->
                    new ConflictException(
                        "Export "
                            + id
                            + " is "
                            + job.status()
                            + (job.status() == ExportJobStatus.FAILED
                                ? ": " + job.failure().orElse("")
                                : "; try again when it is done")));
    Path path = directory.fileOf(studyOid, file.name());
    if (!Files.isRegularFile(path)) {
      throw new NotFoundException("The file of export " + id + " is no longer on the server");
    }
    return new Download(path, file, job.kind().mediaType());
  }

  private ExportJob jobOf(String studyOid, long id) {
    return jobs.byId(id)
        .filter(job -> job.studyOid().equals(studyOid))
        .orElseThrow(() -> new NotFoundException("No export " + id + " of " + studyOid));
  }

  /**
   * A finished export's file.
   *
   * @param path where it is
   * @param file its name, size and SHA-256
   * @param mediaType its media type
   */
  public record Download(Path path, ExportedFile file, String mediaType) {}
}
