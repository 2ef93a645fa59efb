package org.ecrf.export.domain;

/**
 * Told by a running export how far it is, so that the page can show progress. Exports go subject by
 * subject: they announce the number of subjects once, then each subject done.
 */
public interface ExportProgress {

  /** Ignores progress (exports run from tests or the API's synchronous answer). */
  ExportProgress NONE =
      new ExportProgress() {
        @Override
        public void subjects(long total) {}

        @Override
        public void subjectDone() {}
      };

  /** The number of subjects the export will go through. */
  void subjects(long total);

  /** One more subject written. */
  void subjectDone();
}
