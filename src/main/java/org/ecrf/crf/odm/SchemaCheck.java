package org.ecrf.crf.odm;

import java.util.Set;

/**
 * Reports the schema errors of a document as faults. Duplicate-OID constraints of the schema are
 * left to the validator's own duplicate check, which says which definitions clash and where the
 * first one is.
 */
final class SchemaCheck {

  /** ODM's xs:unique constraints on OIDs (duplicate OIDs are reported by the OID check). */
  static final Set<String> OID_CONSTRAINTS =
      Set.of(
          "UC-O-1",
          "UC-S-1",
          "UC-S-2",
          "UC-MDV-1",
          "UC-MDV-2",
          "UC-MDV-3",
          "UC-MDV-4",
          "UC-MDV-5",
          "UC-MDV-6",
          "UC-MDV-7",
          "UC-MDV-8",
          "UC-MDV-10",
          "UC-MDV-OID-unique");

  private SchemaCheck() {}

  static void check(OdmElement odm, FaultCollector faults) {
    for (SchemaMessages.Problem problem : OdmSchema.instance().validate(odm)) {
      if (!OID_CONSTRAINTS.contains(problem.constraint())) {
        faults.add(
            FaultKind.SCHEMA, Severity.ERROR, problem.line(), problem.column(), problem.message());
      }
    }
  }
}
