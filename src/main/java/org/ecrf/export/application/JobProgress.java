package org.ecrf.export.application;

import org.ecrf.export.domain.ExportProgress;

/**
 * An export's progress written to its job at most twice a second (and at the first and last
 * subject), so that the page can show it without the export spending its time on bookkeeping.
 */
final class JobProgress implements ExportProgress {

  private static final long INTERVAL_NANOS = 500_000_000L;

  private final ExportJobLedger ledger;
  private final long jobId;
  private long total;
  private long done;
  private long lastWrite;

  JobProgress(ExportJobLedger ledger, long jobId) {
    this.ledger = ledger;
    this.jobId = jobId;
  }

  @Override
  public void subjects(long total) {
    this.total = total;
    this.done = 0;
    write();
  }

  @Override
  public void subjectDone() {
    done++;
    if (done == total || System.nanoTime() - lastWrite >= INTERVAL_NANOS) {
      write();
    }
  }

  private void write() {
    ledger.progress(jobId, Math.min(done, total), total);
    lastWrite = System.nanoTime();
  }
}
