package org.ecrf.crf.odm;

import java.util.List;
import java.util.Optional;
import org.ecrf.crf.domain.AlgorithmReference;
import org.ecrf.crf.domain.KnownAlgorithms;
import org.ecrf.crf.domain.OidKind;

/**
 * Every MethodDef names a Java algorithm output the platform implements ({@code edc:Algorithm} and
 * {@code edc:Output}). For our definitions an unknown or missing algorithm is an error; in an
 * imported study it is a warning, and the items the method derives are entered by hand.
 */
final class AlgorithmCheck {

  private AlgorithmCheck() {}

  static void check(OdmElement odm, OidIndex index, KnownAlgorithms known, FaultCollector faults) {
    for (OidIndex.Definition definition : index.all(OidKind.METHOD)) {
      OdmElement method = definition.element();
      String oid = definition.oid();
      Optional<String> algorithm = method.edcAttribute("Algorithm");
      Optional<String> output = method.edcAttribute("Output");
      if (algorithm.isEmpty() && output.isPresent()) {
        faults.error(
            FaultKind.UNKNOWN_ALGORITHM,
            method,
            "MethodDef " + oid + " has edc:Output but no edc:Algorithm to take it from.");
      } else if (algorithm.isEmpty()) {
        faults.strictError(
            FaultKind.UNKNOWN_ALGORITHM,
            method,
            "MethodDef "
                + oid
                + " names no Java algorithm (edc:Algorithm), so the platform cannot"
                + " compute it"
                + derivedItems(odm, oid)
                + ".");
      } else if (output.isEmpty()) {
        faults.error(
            FaultKind.UNKNOWN_ALGORITHM,
            method,
            "MethodDef "
                + oid
                + " names algorithm "
                + algorithm.get()
                + " but not which of its results the item receives (edc:Output).");
      } else {
        checkKnown(odm, method, oid, algorithm.get() + ":" + output.get(), known, faults);
      }
    }
  }

  private static void checkKnown(
      OdmElement odm,
      OdmElement method,
      String oid,
      String key,
      KnownAlgorithms known,
      FaultCollector faults) {
    boolean wellFormed =
        AlgorithmReference.parse(method.edcAttribute("Algorithm").orElse("")).isPresent();
    if (wellFormed && !known.isKnown(key)) {
      faults.strictError(
          FaultKind.UNKNOWN_ALGORITHM,
          method,
          "MethodDef "
              + oid
              + " names "
              + key
              + ", which the platform does not implement"
              + derivedItems(odm, oid)
              + ".");
    }
  }

  /** "; I.X is then entered by hand", naming the items the method derives. */
  private static String derivedItems(OdmElement odm, String methodOid) {
    List<String> items =
        odm.selfAndDescendants()
            .filter(e -> e.isOdm("ItemRef"))
            .filter(ref -> ref.attribute("MethodOID").filter(methodOid::equals).isPresent())
            .map(ref -> ref.attributeOrEmpty("ItemOID"))
            .distinct()
            .toList();
    return items.isEmpty()
        ? ""
        : "; "
            + String.join(", ", items)
            + (items.size() == 1 ? " is" : " are")
            + " then entered by hand";
  }
}
