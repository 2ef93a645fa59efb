package org.ecrf.crf.odm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lenient mode for other systems' files: turns the known harmless deviations into ODM 1.3.2, each
 * change a warning at its position. ODMVersion "1.3.0" becomes "1.3"; SAS data types "Num" and
 * "Char" become float and text; SASFieldName and SDSVarName that break the 8-character SAS rule are
 * dropped (annotations only); ClinicalData and ReferenceData are left out (only the study
 * definition is imported). Anything else that is wrong stays wrong and is reported by the schema.
 */
final class LenientNormaliser {

  private static final Pattern SAS_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,7}");
  private static final Map<String, String> SAS_TYPES =
      Map.of("num", "float", "numeric", "float", "char", "text", "character", "text");
  private static final List<String> NOT_IMPORTED = List.of("ClinicalData", "ReferenceData");

  private final FaultCollector faults;

  private LenientNormaliser(FaultCollector faults) {
    this.faults = faults;
  }

  static OdmElement normalise(OdmElement root, FaultCollector faults) {
    return new LenientNormaliser(faults).visit(root);
  }

  private OdmElement visit(OdmElement element) {
    List<XmlAttribute> attributes = new ArrayList<>();
    for (XmlAttribute attribute : element.attributes()) {
      XmlAttribute normalised = normalise(element, attribute);
      if (normalised != null) {
        attributes.add(normalised);
      }
    }
    List<OdmElement> children = new ArrayList<>();
    for (OdmElement child : element.children()) {
      if (NOT_IMPORTED.stream().anyMatch(child::isOdm)) {
        faults.warning(
            FaultKind.STRIPPED,
            child,
            child.displayName() + " was left out: only the study definition is imported.");
      } else {
        children.add(visit(child));
      }
    }
    return element.withAttributes(attributes).withChildren(children);
  }

  /** The attribute as ODM 1.3.2 wants it; null when it is dropped. */
  private XmlAttribute normalise(OdmElement owner, XmlAttribute attribute) {
    if (!attribute.name().namespace().isEmpty()) {
      return attribute;
    }
    String name = attribute.name().localName();
    String value = attribute.value();
    if (owner.isOdm("ODM") && "ODMVersion".equals(name) && "1.3.0".equals(value)) {
      return changed(owner, attribute, "1.3");
    }
    if ((owner.isOdm("ItemDef") || owner.isOdm("CodeList")) && "DataType".equals(name)) {
      String odmType = SAS_TYPES.get(value.toLowerCase(Locale.ROOT));
      return odmType == null ? attribute : changed(owner, attribute, odmType);
    }
    if (("SASFieldName".equals(name) || "SDSVarName".equals(name))
        && !SAS_NAME.matcher(value).matches()) {
      faults.warning(
          FaultKind.NORMALISED,
          owner,
          "Dropped "
              + name
              + " '"
              + value
              + "' of "
              + describe(owner)
              + ": SAS names have at most 8 letters, digits or _.");
      return null;
    }
    return attribute;
  }

  private XmlAttribute changed(OdmElement owner, XmlAttribute attribute, String newValue) {
    faults.warning(
        FaultKind.NORMALISED,
        owner,
        "Read "
            + attribute.name().localName()
            + " '"
            + attribute.value()
            + "' of "
            + describe(owner)
            + " as '"
            + newValue
            + "'.");
    return new XmlAttribute(attribute.name(), newValue);
  }

  private static String describe(OdmElement element) {
    return element.displayName() + element.attribute("OID").map(oid -> " " + oid).orElse("");
  }
}
