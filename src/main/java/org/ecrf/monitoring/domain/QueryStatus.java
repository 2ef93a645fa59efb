package org.ecrf.monitoring.domain;

/**
 * Where a data query stands: OPEN (raised or re-opened, awaiting the site), ANSWERED (the site
 * answered, awaiting review), CLOSED (resolved). Stored by name.
 */
public enum QueryStatus {
  OPEN,
  ANSWERED,
  CLOSED;

  /** True until a reviewer closes the query; open and answered queries both block signing. */
  public boolean isUnresolved() {
    return this != CLOSED;
  }
}
