package org.ecrf.export.dataset;

/**
 * Where a variable's values come from, with the Define-XML 2.1 {@code def:Origin Type} words: typed
 * in on a CRF, computed by the platform, assigned by the sponsor (a constant or a code), from the
 * protocol (trial design), or carried from another dataset.
 */
public enum VariableOrigin {
  COLLECTED("Collected"),
  DERIVED("Derived"),
  ASSIGNED("Assigned"),
  PROTOCOL("Protocol"),
  PREDECESSOR("Predecessor");

  private final String defineType;

  VariableOrigin(String defineType) {
    this.defineType = defineType;
  }

  /** The value of Define-XML's {@code def:Origin/@Type}. */
  public String defineType() {
    return defineType;
  }
}
