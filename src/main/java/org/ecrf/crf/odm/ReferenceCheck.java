package org.ecrf.crf.odm;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecrf.crf.domain.OidKind;

/**
 * Every OID reference names a definition of the right kind: the ODM schema has no keyref, so a
 * dangling ItemRef, CodeListRef, MethodOID or CollectionExceptionConditionOID would still validate
 * (shared/cdisc/NOTES.md §1). The fault names the referring element, its owner, the missing OID and
 * the closest defined one. Definitions nothing refers to are reported as warnings. ClinicalData is
 * not read, so its references are not checked.
 */
final class ReferenceCheck {

  /** A referring attribute: on which element (namespace, name), which attribute, which kind. */
  private record Reference(String namespace, String element, String attribute, OidKind target) {

    static Reference odm(String element, String attribute, OidKind target) {
      return new Reference(OdmNamespaces.ODM, element, attribute, target);
    }

    static Reference edc(String element, String attribute, OidKind target) {
      return new Reference(OdmNamespaces.EDC, element, attribute, target);
    }

    boolean appliesTo(OdmElement candidate) {
      return candidate.name().namespace().equals(namespace)
          && candidate.name().localName().equals(element);
    }
  }

  private static final List<Reference> REFERENCES =
      List.of(
          Reference.odm("StudyEventRef", "StudyEventOID", OidKind.STUDY_EVENT),
          Reference.odm("FormRef", "FormOID", OidKind.FORM),
          Reference.odm("ItemGroupRef", "ItemGroupOID", OidKind.ITEM_GROUP),
          Reference.odm("ItemRef", "ItemOID", OidKind.ITEM),
          Reference.odm("ItemRef", "MethodOID", OidKind.METHOD),
          Reference.odm("ItemRef", "ImputationMethodOID", OidKind.IMPUTATION_METHOD),
          Reference.odm("ItemRef", "RoleCodeListOID", OidKind.CODE_LIST),
          Reference.odm("StudyEventRef", "CollectionExceptionConditionOID", OidKind.CONDITION),
          Reference.odm("FormRef", "CollectionExceptionConditionOID", OidKind.CONDITION),
          Reference.odm("ItemGroupRef", "CollectionExceptionConditionOID", OidKind.CONDITION),
          Reference.odm("ItemRef", "CollectionExceptionConditionOID", OidKind.CONDITION),
          Reference.odm("CodeListRef", "CodeListOID", OidKind.CODE_LIST),
          Reference.odm("MeasurementUnitRef", "MeasurementUnitOID", OidKind.MEASUREMENT_UNIT),
          Reference.odm("ArchiveLayout", "PresentationOID", OidKind.PRESENTATION),
          Reference.odm("LocationRef", "LocationOID", OidKind.LOCATION),
          Reference.odm("MetaDataVersionRef", "StudyOID", OidKind.STUDY),
          Reference.odm("MetaDataVersionRef", "MetaDataVersionOID", OidKind.METADATA_VERSION),
          Reference.odm("AdminData", "StudyOID", OidKind.STUDY),
          Reference.edc("Conversion", "ToUnitOID", OidKind.MEASUREMENT_UNIT),
          Reference.edc("TargetWindow", "StudyEventOID", OidKind.STUDY_EVENT),
          Reference.edc("BlindedItem", "ItemOID", OidKind.ITEM));

  /** Kinds whose unused definitions are worth a warning. */
  private static final List<OidKind> MUST_BE_USED =
      List.of(
          OidKind.STUDY_EVENT,
          OidKind.FORM,
          OidKind.ITEM_GROUP,
          OidKind.ITEM,
          OidKind.CODE_LIST,
          OidKind.CONDITION,
          OidKind.METHOD,
          OidKind.MEASUREMENT_UNIT);

  private final OidIndex index;
  private final FaultCollector faults;
  private final Map<OidKind, Set<String>> used = new EnumMap<>(OidKind.class);
  private final Set<String> armCodes;

  private ReferenceCheck(OidIndex index, FaultCollector faults) {
    this.index = index;
    this.faults = faults;
    for (OidKind kind : OidKind.values()) {
      used.put(kind, new HashSet<>());
    }
    this.armCodes =
        index.all(OidKind.ARM).stream()
            .map(arm -> arm.element().attributeOrEmpty("Code"))
            .collect(Collectors.toSet());
  }

  static void check(OdmElement odm, OidIndex index, FaultCollector faults) {
    ReferenceCheck check = new ReferenceCheck(index, faults);
    for (OdmElement child : odm.children()) {
      if (!child.isOdm("ClinicalData") && !child.isOdm("ReferenceData")) {
        check.visit(child, odm);
      }
    }
    check.reportUnused();
  }

  private void visit(OdmElement element, OdmElement owner) {
    for (Reference reference : REFERENCES) {
      if (reference.appliesTo(element)) {
        element
            .attribute(reference.attribute())
            .ifPresent(oid -> resolve(element, owner, reference, oid));
      }
    }
    if (element.isEdc("Blinding")) {
      checkArmCodes(element);
    }
    OdmElement nextOwner = element.attribute("OID").isPresent() ? element : owner;
    for (OdmElement child : element.children()) {
      visit(child, nextOwner);
    }
  }

  private void resolve(OdmElement element, OdmElement owner, Reference reference, String oid) {
    used.get(reference.target()).add(oid);
    if (index.contains(reference.target(), oid)) {
      return;
    }
    String hint =
        index.nearest(reference.target(), oid).map(n -> " (did you mean " + n + "?)").orElse("");
    faults.error(
        FaultKind.DANGLING_REFERENCE,
        element,
        element.displayName()
            + describeOwner(owner)
            + " names "
            + reference.target().elementName()
            + " "
            + oid
            + " in "
            + reference.attribute()
            + ", which is not defined"
            + hint
            + ".");
  }

  private static String describeOwner(OdmElement owner) {
    return owner.attribute("OID").map(oid -> " in " + owner.displayName() + " " + oid).orElse("");
  }

  private void checkArmCodes(OdmElement blinding) {
    for (String code : OdmValues.tokens(blinding.attribute("Arms"))) {
      if (!armCodes.contains(code)) {
        faults.error(
            FaultKind.DANGLING_REFERENCE,
            blinding,
            "edc:Blinding names the arm code "
                + code
                + ", which no edc:Arm in the Protocol defines"
                + (armCodes.isEmpty()
                    ? "."
                    : " (arms: " + String.join(", ", armCodes.stream().sorted().toList()) + ")."));
      }
    }
  }

  private void reportUnused() {
    for (OidKind kind : MUST_BE_USED) {
      for (OidIndex.Definition definition : index.all(kind)) {
        if (!used.get(kind).contains(definition.oid())) {
          faults.warning(
              FaultKind.UNUSED_DEFINITION,
              definition.element(),
              kind.elementName()
                  + " "
                  + definition.oid()
                  + " is defined but nothing refers to it.");
        }
      }
    }
  }
}
