package org.ecrf.crf.odm;

import java.util.Optional;
import org.ecrf.crf.domain.KnownAlgorithms;

/**
 * Runs every check on a parsed file in order: is it ODM 1.3, the file shape, vendor content and
 * lenient normalisation, the schema, then the checks the schema cannot do. Each check reports all
 * its faults and the next one still runs, so that a study builder sees everything at once.
 */
final class OdmChecks {

  private final FaultCollector faults;
  private final KnownAlgorithms knownAlgorithms;

  OdmChecks(FaultCollector faults, KnownAlgorithms knownAlgorithms) {
    this.faults = faults;
    this.knownAlgorithms = knownAlgorithms;
  }

  /**
   * Checks the document; returns the tree as validated (after vendor content was taken out and, in
   * lenient mode, deviations normalised), or empty when it is not an ODM 1.3 document at all.
   */
  Optional<OdmElement> check(OdmElement root) {
    if (!isOdm13(root)) {
      return Optional.empty();
    }
    OdmElement odm = VendorContentFilter.filter(root, faults);
    if (faults.lenient()) {
      odm = LenientNormaliser.normalise(odm, faults);
    }
    checkShape(odm);
    SchemaCheck.check(odm, faults);
    OidIndex index = OidIndex.of(odm);
    OidChecks.check(index, faults);
    ReferenceCheck.check(odm, index, faults);
    AlgorithmCheck.check(odm, index, knownAlgorithms, faults);
    ValueChecks.check(index, faults);
    ExpressionCheck.check(odm, index, faults);
    DesignCheck.check(odm, index, faults);
    DosingRuleSetCheck.check(odm, faults);
    return Optional.of(odm);
  }

  private boolean isOdm13(OdmElement root) {
    XmlName name = root.name();
    if (root.isOdm("ODM")) {
      return true;
    }
    String message;
    if (OdmNamespaces.ODM_2.equals(name.namespace())) {
      message =
          "This is an ODM 2.0 file; the platform reads ODM 1.3.2 (namespace "
              + OdmNamespaces.ODM
              + ").";
    } else if ("ODM".equals(name.localName())) {
      message =
          "The ODM element is not in the ODM 1.3 namespace "
              + OdmNamespaces.ODM
              + (name.namespace().isEmpty()
                  ? " (it has no namespace)."
                  : " but in " + name.namespace() + ".");
    } else {
      message = "The root element is " + name.qualified() + ", not an ODM 1.3 ODM element.";
    }
    faults.error(FaultKind.NOT_ODM, root, message);
    return false;
  }

  private void checkShape(OdmElement odm) {
    int studies = odm.children("Study").size();
    if (studies != 1) {
      faults.error(
          FaultKind.STRUCTURE,
          odm,
          studies == 0
              ? "The file contains no Study: a study definition needs Study and MetaDataVersion."
              : "The file contains " + studies + " Studies; give one study per file.");
    }
    for (OdmElement study : odm.children("Study")) {
      int versions = study.children("MetaDataVersion").size();
      if (versions != 1) {
        faults.error(
            FaultKind.STRUCTURE,
            study,
            "Study "
                + study.attributeOrEmpty("OID")
                + " contains "
                + versions
                + " MetaDataVersions; give exactly one per file (a new version is a new file).");
      }
      study.children("MetaDataVersion").forEach(this::checkInclude);
    }
    for (OdmElement clinical : odm.children("ClinicalData")) {
      if (faults.mode() == ValidationMode.STRICT) {
        faults.error(
            FaultKind.STRUCTURE, clinical, "A definition file must not contain ClinicalData.");
      } else {
        faults.warning(
            FaultKind.STRIPPED,
            clinical,
            "ClinicalData is not imported: only the study definition is read.");
      }
    }
  }

  private void checkInclude(OdmElement mdv) {
    mdv.child("Include")
        .ifPresent(
            include ->
                faults.error(
                    FaultKind.STRUCTURE,
                    include,
                    "MetaDataVersion "
                        + mdv.attributeOrEmpty("OID")
                        + " includes "
                        + include.attributeOrEmpty("MetaDataVersionOID")
                        + "; Include is not supported, a MetaDataVersion must be complete in itself."));
  }
}
