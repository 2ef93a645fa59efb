package org.ecrf.export.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.ecrf.audit.domain.AuditSource;
import org.ecrf.export.domain.ExportJob;
import org.ecrf.export.domain.ExportRequest;
import org.ecrf.export.domain.ExportedFile;
import org.ecrf.export.domain.Reconciliation;
import org.ecrf.export.persistence.ExportLock;

/**
 * Runs export jobs one at a time across every server instance on the database (a two-core server
 * stays responsive to data entry, and memory is bounded by one export): writes the file under a
 * {@code .part} name while computing its SHA-256, moves it into place when complete, then records
 * the job as done with its checksum and reconciliation. Any failure deletes the partial file and
 * records the job as failed with the reason, so that no incomplete export is ever offered for
 * download.
 *
 * <p>The turn is a database lock ({@link ExportLock}), not a lock of this JVM: only its holder runs
 * an export, so a job still RUNNING when the turn is taken was left by a server that stopped, and
 * is recorded as failed.
 */
@ApplicationScoped
public class ExportRunner {

  private static final System.Logger LOG = System.getLogger(ExportRunner.class.getName());

  @Inject private ExportLock lock;
  @Inject private ExportJobLedger ledger;
  @Inject private ExportDirectory directory;
  @Inject @Any private Instance<ExportWriter> writers;

  /** Runs the job to its end (waiting for a running one, on any instance, to finish first). */
  public void run(long jobId, AuditSource source) {
    ExportLock.Held turn;
    try {
      turn = lock.await();
    } catch (IllegalStateException e) {
      LOG.log(Level.WARNING, "Export " + jobId + " could not wait for its turn", e);
      ledger.fail(jobId, reasonOf(e), source);
      return;
    }
    try (turn) {
      ledger.failAbandoned();
      runAlone(jobId, source);
    }
  }

  private void runAlone(long jobId, AuditSource source) {
    ExportJob job = ledger.start(jobId);
    ExportRequest request = job.request();
    Path part = null;
    try {
      Path target = directory.fileOf(request.studyOid(), request.fileName(jobId));
      part = target.resolveSibling(target.getFileName() + ExportDirectory.PART);
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      Reconciliation counts;
      try (OutputStream file = Files.newOutputStream(part);
          DigestOutputStream digest =
              new DigestOutputStream(new BufferedOutputStream(file, 1 << 16), sha256)) {
        counts = writerFor(request).write(request, digest, new JobProgress(ledger, jobId));
        digest.flush();
      }
      long bytes = Files.size(part);
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
      ExportedFile written =
          new ExportedFile(
              target.getFileName().toString(), bytes, HexFormat.of().formatHex(sha256.digest()));
      ledger.finish(jobId, written, counts, source);
    } catch (IOException | RuntimeException | NoSuchAlgorithmException e) {
      LOG.log(Level.WARNING, "Export " + jobId + " failed", e);
      deleteQuietly(part);
      ledger.fail(jobId, reasonOf(e), source);
    }
  }

  private ExportWriter writerFor(ExportRequest request) {
    return writers.stream()
        .filter(writer -> writer.kind() == request.kind())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No writer for " + request.kind()));
  }

  private static String reasonOf(Exception e) {
    String message = e.getMessage() == null ? "" : ": " + e.getMessage();
    return e.getClass().getSimpleName() + message;
  }

  private static void deleteQuietly(Path part) {
    if (part == null) {
      return;
    }
    try {
      Files.deleteIfExists(part);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete the partial export " + part, e);
    }
  }
}
