package org.ecrf.entry.domain;

/**
 * Where a form stands in its lifecycle (a form not started has no row). Which moves are allowed,
 * and who may make them, is monitoring's concern; data entry only needs to know whether the form
 * still takes changes.
 */
public enum FormStatus {
  IN_PROGRESS,
  COMPLETE,
  VERIFIED,
  SIGNED,
  FROZEN,
  LOCKED;

  /** Frozen and locked forms take no changes (except through an audited unlock). */
  public boolean acceptsChanges() {
    return this != FROZEN && this != LOCKED;
  }
}
