package org.ecrf.crf.odm.clinical;

/**
 * One fault of a clinical data file: where it is, what kind it is, what it does to the reading, and
 * a sentence that names the element, attribute or OID concerned.
 *
 * @param kind what kind of fault
 * @param effect whether it was only a warning, refused data, or stopped the reading
 * @param position where it is; {@link SourcePosition#NONE} for faults of the whole input
 * @param message what is wrong, for the person who sent the file
 */
public record ClinicalDataFault(
    ClinicalFaultKind kind, FaultEffect effect, SourcePosition position, String message) {

  public ClinicalDataFault {
    Require.present(kind, "kind");
    Require.present(effect, "effect");
    Require.present(position, "position");
    Require.present(message, "message");
  }

  /** {@code line:column: EFFECT message}. */
  @Override
  public String toString() {
    return position + ": " + effect + " " + message;
  }
}
