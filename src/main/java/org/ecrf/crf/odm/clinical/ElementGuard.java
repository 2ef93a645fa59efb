package org.ecrf.crf.odm.clinical;

import java.util.List;
import java.util.Optional;

/**
 * The checks every clinical data element gets: its attributes are ODM's own (a misspelled attribute
 * would silently lose data), required keys are present, transaction types are ODM's and allowed in
 * the file, and content the element cannot hold is reported and skipped. Vendor extensions (unknown
 * namespaces) are ignored with a warning in lenient mode and refuse the data they are in otherwise.
 */
final class ElementGuard {

  private final XmlCursor cursor;
  private final FaultLog log;
  private final boolean lenient;

  ElementGuard(XmlCursor cursor, FaultLog log, boolean lenient) {
    this.cursor = cursor;
    this.log = log;
    this.lenient = lenient;
  }

  /** Checks the current element's attributes against the ones ODM defines for it. */
  void checkAttributes(Scope scope, String element, List<String> known) {
    for (XmlCursor.Attribute attribute : cursor.attributes()) {
      if (attribute.namespace().isEmpty()) {
        if (!known.contains(attribute.localName())) {
          scope.error(
              ClinicalFaultKind.UNKNOWN_ATTRIBUTE,
              cursor.position(),
              element
                  + " has the attribute "
                  + attribute.localName()
                  + ", which ODM 1.3.2 does not define for it (it defines "
                  + String.join(", ", known)
                  + "); what it carries would be lost.");
        }
      } else if (!OdmNames.isNeutralAttributeNamespace(attribute.namespace())) {
        vendor(
            "attribute " + attribute.qualifiedName() + " on " + element,
            attribute.namespace(),
            scope);
      }
    }
  }

  /** Checks only the current element's attributes of other namespaces (vendor extensions). */
  void checkVendorAttributes(Scope scope, String element) {
    for (XmlCursor.Attribute attribute : cursor.attributes()) {
      if (!attribute.namespace().isEmpty()
          && !OdmNames.isNeutralAttributeNamespace(attribute.namespace())) {
        vendor(
            "attribute " + attribute.qualifiedName() + " on " + element,
            attribute.namespace(),
            scope);
      }
    }
  }

  /** A required key attribute (SubjectKey, ItemOID…); null, with an error, when absent or empty. */
  String required(Scope scope, String element, String attribute) {
    String value = cursor.attribute(attribute);
    if (value == null || value.isEmpty()) {
      scope.error(
          ClinicalFaultKind.MISSING_ATTRIBUTE,
          cursor.position(),
          element + " has no " + attribute + (value == null ? "." : " (it is empty)."));
      return null;
    }
    return value;
  }

  /** An optional repeat key: "1" when absent, null with an error when empty. */
  String repeatKey(Scope scope, String element, String attribute) {
    String value = cursor.attribute(attribute);
    if (value == null) {
      return "1";
    }
    if (value.isEmpty()) {
      scope.error(
          ClinicalFaultKind.INVALID_VALUE,
          cursor.position(),
          element + " has an empty " + attribute + "; leave it out to mean the first.");
      return null;
    }
    return value;
  }

  /**
   * The element's TransactionType: empty when absent; an unknown value, or one a Snapshot file must
   * not use, is an error.
   */
  Optional<TransactionType> transactionType(Scope scope, String element, FileType fileType) {
    String value = cursor.attribute("TransactionType");
    if (value == null) {
      return Optional.empty();
    }
    Optional<TransactionType> type = TransactionType.fromOdm(value);
    if (type.isEmpty()) {
      scope.error(
          ClinicalFaultKind.TRANSACTION_TYPE,
          cursor.position(),
          element
              + " has the TransactionType \""
              + value
              + "\"; ODM 1.3.2 allows Insert, Update, Remove, Upsert and Context.");
    } else if (!fileType.allows(type)) {
      scope.error(
          ClinicalFaultKind.TRANSACTION_TYPE,
          cursor.position(),
          element
              + " has the TransactionType "
              + value
              + " in a Snapshot file, where it must be absent or Insert; send a Transactional"
              + " file to update, upsert or remove data.");
    }
    return type;
  }

  /** Reports and skips the current child element, which its parent cannot hold. */
  void foreignChild(Scope scope, String parent) throws StopReading {
    String namespace = cursor.namespace();
    if (OdmNames.ODM.equals(namespace) || OdmNames.XMLDSIG.equals(namespace)) {
      scope.error(
          ClinicalFaultKind.MISPLACED_CONTENT,
          cursor.position(),
          cursor.qualifiedName() + " is not allowed inside " + parent + " in ODM 1.3.2.");
    } else {
      vendor("element " + cursor.qualifiedName() + " in " + parent, namespace, scope);
    }
    cursor.skipElement();
  }

  /** Skips the current element with a warning: valid ODM that this reader does not read. */
  void ignore(String what, String why) throws StopReading {
    log.warn(what, ClinicalFaultKind.IGNORED_CONTENT, cursor.position(), what + " " + why);
    cursor.skipElement();
  }

  /** Reports text inside an element that holds only elements. */
  XmlCursor.StrayText strayText(Scope scope, String element) {
    String advice =
        element.startsWith("ItemData ")
            ? "; an item's value belongs in its Value attribute."
            : ", and text there would be lost.";
    return (text, position) ->
        scope.error(
            ClinicalFaultKind.MISPLACED_CONTENT,
            position,
            "Text \""
                + abbreviated(text)
                + "\" inside "
                + element
                + " is not ODM: the element holds only elements"
                + advice);
  }

  /** Reports an element inside an element that holds only text. */
  XmlCursor.StrayText elementInText(Scope scope, String element) {
    return (child, position) ->
        scope.error(
            ClinicalFaultKind.MISPLACED_CONTENT,
            position,
            "The element "
                + child
                + " inside "
                + element
                + " is not ODM: the element holds only text.");
  }

  private void vendor(String what, String namespace, Scope scope) {
    if (lenient) {
      log.warn(
          what + " " + namespace,
          ClinicalFaultKind.UNKNOWN_NAMESPACE,
          cursor.position(),
          "Ignored the vendor " + what + " (namespace " + namespace + ").");
    } else {
      scope.error(
          ClinicalFaultKind.UNKNOWN_NAMESPACE,
          cursor.position(),
          "The "
              + what
              + " (namespace "
              + namespace
              + ") is not part of ODM 1.3.2; read leniently to ignore vendor extensions.");
    }
  }

  /** {@code ItemGroupData IG.LAB[2]} for messages, with "?" for what the file lacks. */
  static String named(String element, String oid, String repeatKey) {
    String shown = element + " " + (oid == null ? "?" : oid);
    return repeatKey == null && oid != null
        ? shown
        : shown + "[" + (repeatKey == null ? "?" : repeatKey) + "]";
  }

  static String abbreviated(String text) {
    String stripped = text.strip();
    return stripped.length() <= 40 ? stripped : stripped.substring(0, 37) + "...";
  }
}
