package org.ecrf.crf.odm;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.ecrf.crf.domain.OidKind;

/**
 * OIDs are unique within their kind (and within a MetaDataVersion across kinds, as ODM requires)
 * and follow the naming rule of STYLE.md §9. Naming faults are errors for our definitions and
 * warnings for imports.
 */
final class OidChecks {

  /** The kinds that live side by side in a MetaDataVersion and must not share an OID. */
  private static final Set<OidKind> METADATA_KINDS =
      Set.of(
          OidKind.STUDY_EVENT,
          OidKind.FORM,
          OidKind.ITEM_GROUP,
          OidKind.ITEM,
          OidKind.CODE_LIST,
          OidKind.CONDITION,
          OidKind.METHOD,
          OidKind.IMPUTATION_METHOD,
          OidKind.PRESENTATION);

  private OidChecks() {}

  static void check(OidIndex index, FaultCollector faults) {
    Map<String, OidIndex.Definition> metadataOids = new HashMap<>();
    for (OidKind kind : OidKind.values()) {
      Map<String, OidIndex.Definition> seen = new HashMap<>();
      for (OidIndex.Definition definition : index.all(kind)) {
        OidIndex.Definition first = seen.putIfAbsent(definition.oid(), definition);
        if (first != null) {
          faults.error(
              FaultKind.DUPLICATE_OID,
              definition.element(),
              kind.elementName()
                  + " OID "
                  + definition.oid()
                  + " is defined twice; the first definition is at line "
                  + first.element().line()
                  + ".");
        } else if (METADATA_KINDS.contains(kind)) {
          checkAcrossKinds(definition, metadataOids, faults);
        }
        checkName(kind, definition, faults);
      }
    }
  }

  private static void checkAcrossKinds(
      OidIndex.Definition definition,
      Map<String, OidIndex.Definition> metadataOids,
      FaultCollector faults) {
    OidIndex.Definition other = metadataOids.putIfAbsent(definition.oid(), definition);
    if (other != null) {
      faults.error(
          FaultKind.DUPLICATE_OID,
          definition.element(),
          "OID "
              + definition.oid()
              + " of this "
              + definition.element().displayName()
              + " is already used by the "
              + other.element().displayName()
              + " at line "
              + other.element().line()
              + "; OIDs must be unique within a MetaDataVersion.");
    }
  }

  private static void checkName(
      OidKind kind, OidIndex.Definition definition, FaultCollector faults) {
    kind.namingProblem(definition.oid())
        .ifPresent(
            problem ->
                faults.strictError(
                    FaultKind.OID_NAMING,
                    definition.element(),
                    kind.elementName()
                        + " OID '"
                        + definition.oid()
                        + "' "
                        + problem
                        + "; the rule is "
                        + kind.namingRule()
                        + " (STYLE.md §9)."));
  }
}
