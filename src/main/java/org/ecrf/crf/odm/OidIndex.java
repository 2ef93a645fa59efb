package org.ecrf.crf.odm;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecrf.crf.domain.OidKind;

/**
 * Every OID definition of a file by kind, in file order, found where ODM (or our extension) puts
 * it: Study, MetaDataVersion, the MetaDataVersion's definitions, MeasurementUnits, edc:Arm in
 * Protocol, edc:Rule in the dosing rule set, and AdminData's Locations, Users and SignatureDefs.
 * ClinicalData defines nothing.
 */
final class OidIndex {

  /** One definition: its OID and the element that defines it. */
  record Definition(String oid, OdmElement element) {}

  private static final Map<String, OidKind> MDV_CHILDREN =
      Map.of(
          "StudyEventDef", OidKind.STUDY_EVENT,
          "FormDef", OidKind.FORM,
          "ItemGroupDef", OidKind.ITEM_GROUP,
          "ItemDef", OidKind.ITEM,
          "CodeList", OidKind.CODE_LIST,
          "ConditionDef", OidKind.CONDITION,
          "MethodDef", OidKind.METHOD,
          "ImputationMethod", OidKind.IMPUTATION_METHOD,
          "Presentation", OidKind.PRESENTATION);

  private static final Map<String, OidKind> ADMIN_CHILDREN =
      Map.of("Location", OidKind.LOCATION, "User", OidKind.USER, "SignatureDef", OidKind.SIGNATURE);

  private final Map<OidKind, List<Definition>> definitions = new EnumMap<>(OidKind.class);

  private OidIndex() {
    for (OidKind kind : OidKind.values()) {
      definitions.put(kind, new ArrayList<>());
    }
  }

  static OidIndex of(OdmElement odm) {
    OidIndex index = new OidIndex();
    for (OdmElement study : odm.children("Study")) {
      index.add(OidKind.STUDY, study);
      study
          .child("BasicDefinitions")
          .ifPresent(
              b ->
                  b.children("MeasurementUnit")
                      .forEach(u -> index.add(OidKind.MEASUREMENT_UNIT, u)));
      for (OdmElement mdv : study.children("MetaDataVersion")) {
        index.add(OidKind.METADATA_VERSION, mdv);
        index.addChildren(mdv, MDV_CHILDREN);
        mdv.child("Protocol")
            .ifPresent(p -> p.edcChildren("Arm").forEach(a -> index.add(OidKind.ARM, a)));
        mdv.edcChild("DosingRuleSet")
            .ifPresent(s -> s.edcChildren("Rule").forEach(r -> index.add(OidKind.DOSING_RULE, r)));
      }
    }
    odm.children("AdminData").forEach(admin -> index.addChildren(admin, ADMIN_CHILDREN));
    return index;
  }

  private void addChildren(OdmElement parent, Map<String, OidKind> kinds) {
    for (OdmElement child : parent.children()) {
      kinds.entrySet().stream()
          .filter(entry -> child.isOdm(entry.getKey()))
          .findFirst()
          .ifPresent(entry -> add(entry.getValue(), child));
    }
  }

  private void add(OidKind kind, OdmElement element) {
    element
        .attribute("OID")
        .ifPresent(oid -> definitions.get(kind).add(new Definition(oid, element)));
  }

  /** All definitions of a kind, duplicates included, in file order. */
  List<Definition> all(OidKind kind) {
    return List.copyOf(definitions.get(kind));
  }

  /** The first definition of an OID of a kind. */
  Optional<OdmElement> find(OidKind kind, String oid) {
    return definitions.get(kind).stream()
        .filter(definition -> definition.oid().equals(oid))
        .map(Definition::element)
        .findFirst();
  }

  boolean contains(OidKind kind, String oid) {
    return find(kind, oid).isPresent();
  }

  /**
   * The defined OID of the kind closest to a misspelt one (at most a quarter of its characters
   * different, at least 2 allowed), for "did you mean" hints.
   */
  Optional<String> nearest(OidKind kind, String oid) {
    int allowed = Math.max(2, oid.length() / 4);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Definition definition : definitions.get(kind)) {
      int distance =
          distance(
              oid.toUpperCase(java.util.Locale.ROOT),
              definition.oid().toUpperCase(java.util.Locale.ROOT));
      if (distance <= allowed && distance < bestDistance) {
        best = definition.oid();
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
