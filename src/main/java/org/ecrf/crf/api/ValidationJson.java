package org.ecrf.crf.api;

import java.util.List;
import org.ecrf.crf.odm.Fault;
import org.ecrf.crf.odm.ValidationReport;

/**
 * A validation report as the API gives it: {@code valid}, every error and warning with line, column
 * and a sentence, and the counts of forms and items; for a valid file also its study and
 * MetaDataVersion.
 */
public record ValidationJson(
    boolean valid,
    List<FaultJson> errors,
    List<FaultJson> warnings,
    int forms,
    int items,
    String study,
    String metaDataVersion) {

  static ValidationJson of(ValidationReport report) {
    return new ValidationJson(
        report.valid(),
        report.errors().stream().map(FaultJson::of).toList(),
        report.warnings().stream().map(FaultJson::of).toList(),
        report.formCount(),
        report.itemCount(),
        report.definition().map(d -> d.header().studyOid()).orElse(null),
        report.definition().map(d -> d.header().metaDataVersionOid()).orElse(null));
  }

  /** One fault: where, what kind, and what is wrong. */
  public record FaultJson(int line, int column, String kind, String message) {

    static FaultJson of(Fault fault) {
      return new FaultJson(fault.line(), fault.column(), fault.kind().name(), fault.message());
    }
  }
}
