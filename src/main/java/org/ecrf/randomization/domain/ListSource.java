package org.ecrf.randomization.domain;

/** Where a randomisation list came from; recorded with the list and in its audit trail. */
public enum ListSource {
  /** Generated on the platform from a secret seed by {@link BlockListGenerator}. */
  GENERATED,
  /** Uploaded by the sponsor's statistician as CSV ({@link AllocationListCsv}). */
  UPLOADED
}
