package org.ecrf.crf.odm.clinical;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors of one open element of the clinical data hierarchy (the ODM root, ClinicalData,
 * SubjectData, StudyEventData, FormData). A form is refused when its own scope or any enclosing one
 * has an error; the errors of the enclosing scopes then come with the refused form. Errors no form
 * took are handed to the fault log when the element ends.
 */
final class Scope {

  /** Enough to fix a form in one go; a form with more errors is probably not ODM at all. */
  static final int MAX_ERRORS = 50;

  private final Scope parent;
  private final List<ClinicalDataFault> errors = new ArrayList<>();
  private final List<ClinicalDataFault> untaken = new ArrayList<>();
  private int dropped;

  private Scope(Scope parent) {
    this.parent = parent;
  }

  static Scope root() {
    return new Scope(null);
  }

  Scope child() {
    return new Scope(this);
  }

  void error(ClinicalFaultKind kind, SourcePosition position, String message) {
    if (errors.size() >= MAX_ERRORS) {
      dropped++;
      return;
    }
    ClinicalDataFault fault =
        new ClinicalDataFault(kind, FaultEffect.REFUSES_DATA, position, sentence(message));
    errors.add(fault);
    untaken.add(fault);
  }

  /** Messages may begin with an element's description ("the AuditRecord of…"). */
  private static String sentence(String message) {
    return message.isEmpty()
        ? message
        : Character.toUpperCase(message.charAt(0)) + message.substring(1);
  }

  /** How many errors this element itself has had. */
  int errorCount() {
    return errors.size() + dropped;
  }

  /** Whether this element or an enclosing one has an error. */
  boolean refused() {
    return !errors.isEmpty() || (parent != null && parent.refused());
  }

  /** The errors of the enclosing elements and this one, outermost first; marks them taken. */
  List<ClinicalDataFault> takeErrors() {
    List<ClinicalDataFault> all = parent == null ? new ArrayList<>() : parent.takeErrors();
    all.addAll(errors);
    if (dropped > 0) {
      all.add(
          new ClinicalDataFault(
              ClinicalFaultKind.IGNORED_CONTENT,
              FaultEffect.REFUSES_DATA,
              SourcePosition.NONE,
              dropped + " more faults in the same element are not listed."));
    }
    untaken.clear();
    return all;
  }

  /** Errors that refused no form (the element held none after them), for the fault log. */
  List<ClinicalDataFault> untakenErrors() {
    return List.copyOf(untaken);
  }
}
