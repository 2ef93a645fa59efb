package org.ecrf.crf.application;

import java.util.List;
import java.util.stream.Collectors;
import org.ecrf.crf.odm.Fault;
import org.ecrf.crf.odm.ValidationReport;

/**
 * A study definition that must be valid is not: lists every fault as {@code file:line:column: ERROR
 * message}, the form the start-up log and the build show.
 */
public class DefinitionFaultsException extends IllegalStateException {

  private final List<Fault> faults;

  public DefinitionFaultsException(String summary, List<Fault> faults) {
    super(
        summary
            + faults.stream().map(Fault::toString).collect(Collectors.joining("\n  ", "\n  ", "")));
    this.faults = List.copyOf(faults);
  }

  static DefinitionFaultsException of(ValidationReport report) {
    return new DefinitionFaultsException(
        report.sourceName()
            + " is not a valid study definition ("
            + report.errors().size()
            + " error(s)):",
        report.errors());
  }

  public List<Fault> faults() {
    return faults;
  }
}
