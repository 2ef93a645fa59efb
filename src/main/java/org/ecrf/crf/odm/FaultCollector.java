package org.ecrf.crf.odm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Gathers the faults of one validation run, in one place that knows the file name, the mode (which
 * decides whether naming and evaluability faults are errors or warnings) and the fault limit.
 */
final class FaultCollector {

  private final String sourceName;
  private final ValidationOptions options;
  private final List<Fault> faults = new ArrayList<>();
  private int omitted;

  FaultCollector(String sourceName, ValidationOptions options) {
    this.sourceName = sourceName;
    this.options = options;
  }

  ValidationMode mode() {
    return options.mode();
  }

  boolean lenient() {
    return options.lenient();
  }

  void error(FaultKind kind, OdmElement at, String message) {
    add(kind, Severity.ERROR, at.line(), at.column(), message);
  }

  void warning(FaultKind kind, OdmElement at, String message) {
    add(kind, Severity.WARNING, at.line(), at.column(), message);
  }

  /** An error in strict mode, a warning in import mode. */
  void strictError(FaultKind kind, OdmElement at, String message) {
    Severity severity = options.mode() == ValidationMode.STRICT ? Severity.ERROR : Severity.WARNING;
    add(kind, severity, at.line(), at.column(), message);
  }

  void add(FaultKind kind, Severity severity, int line, int column, String message) {
    if (faults.size() >= options.maxFaults()) {
      omitted++;
      return;
    }
    faults.add(new Fault(kind, severity, sourceName, line, column, message));
  }

  boolean hasErrors() {
    return omitted > 0 || faults.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** The faults in file order, with a closing note when some were not listed. */
  List<Fault> faults() {
    List<Fault> ordered = new ArrayList<>(faults);
    ordered.sort(Comparator.comparingInt(Fault::line).thenComparingInt(Fault::column));
    if (omitted > 0) {
      ordered.add(
          new Fault(
              FaultKind.INTERNAL,
              hasErrorsListed() ? Severity.ERROR : Severity.WARNING,
              sourceName,
              0,
              0,
              omitted
                  + " further faults were found but not listed (limit "
                  + options.maxFaults()
                  + ")."));
    }
    return ordered;
  }

  private boolean hasErrorsListed() {
    return faults.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
