package org.ecrf.export.sdtm;

/**
 * One annotated, visible, non-empty value on its way into SDTM, with what became of it: written
 * into a record, or not a record for a stated reason (a milestone not reached, a criterion met).
 * The reconciliation counts every value read by its outcome.
 */
final class MappedValue {

  final String itemGroupOid;
  final Casebook.Value value;
  final SdtmAnnotation annotation;
  final boolean derived;
  private boolean exported;
  private String droppedBecause;

  MappedValue(
      String itemGroupOid, Casebook.Value value, SdtmAnnotation annotation, boolean derived) {
    this.itemGroupOid = itemGroupOid;
    this.value = value;
    this.annotation = annotation;
    this.derived = derived;
  }

  String itemOid() {
    return value.itemOid();
  }

  String text() {
    return value.text().trim();
  }

  /** The value is written (as a record, a variable of one, or a supplemental qualifier). */
  void exported() {
    exported = true;
  }

  /** The value writes no record, for the reason given (unless it was written elsewhere). */
  void dropped(String reason) {
    if (!exported && droppedBecause == null) {
      droppedBecause = reason;
    }
  }

  boolean isExported() {
    return exported;
  }

  /** Why the value was not written; {@code null} when it was or nothing decided. */
  String droppedBecause() {
    return exported ? null : droppedBecause;
  }

  boolean is(String domain, String variable) {
    return annotation.domain().equals(domain)
        && !annotation.isSupplemental()
        && annotation.variable().equals(variable);
  }
}
