package org.ecrf.export.domain;

/** Where an export stands: waiting for a worker, running, done with a file, or failed. */
public enum ExportJobStatus {
  QUEUED,
  RUNNING,
  DONE,
  FAILED;

  /** Whether it will not change any more. */
  public boolean isFinished() {
    return this == DONE || this == FAILED;
  }
}
