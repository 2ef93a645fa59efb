package org.ecrf.crf.odm.clinical;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one FormData element with its item groups and items. Faults anywhere inside go into the
 * form's scope, so that the whole form is refused; the rest of the form is still read to report
 * every fault at once. Items beyond the per-form limit are not kept.
 */
final class FormReader {

  /** A form as read: its header and item groups when it had no fault of its own. */
  record Read(Optional<FormDataHeader> header, List<ItemGroupData> itemGroups) {}

  private final XmlCursor cursor;
  private final ElementGuard guard;
  private final LeafReader leaves;
  private final ProvenanceReader provenance;
  private final FileType fileType;
  private final ReadOptions options;
  private int kept;

  FormReader(
      XmlCursor cursor,
      ElementGuard guard,
      LeafReader leaves,
      ProvenanceReader provenance,
      FileType fileType,
      ReadOptions options) {
    this.cursor = cursor;
    this.guard = guard;
    this.leaves = leaves;
    this.provenance = provenance;
    this.fileType = fileType;
    this.options = options;
  }

  /** Reads the current FormData element; its faults go into {@code scope}. */
  Read read(Scope scope) throws StopReading {
    SourcePosition at = cursor.position();
    kept = 0;
    String oid = guard.required(scope, "FormData", "FormOID");
    String repeatKey =
        guard.repeatKey(scope, ElementGuard.named("FormData", oid, null), "FormRepeatKey");
    String element = ElementGuard.named("FormData", oid, repeatKey);
    guard.checkAttributes(scope, element, List.of("FormOID", "FormRepeatKey", "TransactionType"));
    Optional<TransactionType> transactionType = guard.transactionType(scope, element, fileType);
    Attachments attached = new Attachments(element);
    List<ItemGroupData> groups = new ArrayList<>();
    while (cursor.nextChild(guard.strayText(scope, element))) {
      if (provenance.readAttachment(attached, scope)) {
        continue;
      }
      if (cursor.isOdm("ItemGroupData")) {
        attached.startContent();
        readItemGroup(scope, element).ifPresent(groups::add);
      } else if (cursor.isOdm("ArchiveLayoutRef") && !attached.contentStarted()) {
        guard.ignore("ArchiveLayoutRef", "is not read: the platform keeps no page layouts.");
      } else if (isItemData()) {
        itemOutsideGroup(scope, element);
      } else {
        guard.foreignChild(scope, element);
      }
    }
    if (scope.errorCount() > 0) {
      return new Read(Optional.empty(), List.of());
    }
    FormDataHeader header =
        new FormDataHeader(oid, repeatKey, transactionType, attached.provenance(), at);
    return new Read(Optional.of(header), groups);
  }

  private Optional<ItemGroupData> readItemGroup(Scope scope, String form) throws StopReading {
    SourcePosition at = cursor.position();
    String oid = guard.required(scope, "ItemGroupData in " + form, "ItemGroupOID");
    String repeatKey =
        guard.repeatKey(
            scope,
            ElementGuard.named("ItemGroupData", oid, null) + " in " + form,
            "ItemGroupRepeatKey");
    String element = ElementGuard.named("ItemGroupData", oid, repeatKey) + " in " + form;
    guard.checkAttributes(
        scope, element, List.of("ItemGroupOID", "ItemGroupRepeatKey", "TransactionType"));
    Optional<TransactionType> transactionType = guard.transactionType(scope, element, fileType);
    keep(scope, at);
    Attachments attached = new Attachments(element);
    List<ItemData> items = new ArrayList<>();
    while (cursor.nextChild(guard.strayText(scope, element))) {
      if (provenance.readAttachment(attached, scope)) {
        continue;
      }
      if (cursor.isOdm("ItemData")) {
        attached.startContent();
        readItem(scope, element).ifPresent(items::add);
      } else if (isItemData()) {
        typedItem(scope, element);
      } else {
        guard.foreignChild(scope, element);
      }
    }
    if (!keeping(scope)) {
      return Optional.empty();
    }
    return Optional.of(
        new ItemGroupData(oid, repeatKey, transactionType, attached.provenance(), items, at));
  }

  private Optional<ItemData> readItem(Scope scope, String group) throws StopReading {
    SourcePosition at = cursor.position();
    String oid = guard.required(scope, "ItemData in " + group, "ItemOID");
    String element = ElementGuard.named("ItemData", oid, null) + " in " + group;
    guard.checkAttributes(scope, element, List.of("ItemOID", "TransactionType", "Value", "IsNull"));
    Optional<TransactionType> transactionType = guard.transactionType(scope, element, fileType);
    Optional<String> value = value(scope, element);
    boolean isNull = isNull(scope, element, value);
    keep(scope, at);
    Attachments attached = new Attachments(element);
    String unit = null;
    boolean hasUnit = false;
    while (cursor.nextChild(guard.strayText(scope, element))) {
      if (provenance.readAttachment(attached, scope)) {
        continue;
      }
      if (cursor.isOdm("MeasurementUnitRef") && !hasUnit) {
        hasUnit = true;
        String part = "the MeasurementUnitRef of " + element;
        unit = leaves.reference(scope, part, "MeasurementUnitOID");
      } else {
        guard.foreignChild(scope, element);
      }
    }
    if (!keeping(scope)) {
      return Optional.empty();
    }
    return Optional.of(
        new ItemData(
            oid,
            value,
            Optional.ofNullable(unit),
            isNull,
            transactionType,
            attached.provenance(),
            at));
  }

  private Optional<String> value(Scope scope, String element) {
    String value = cursor.attribute("Value");
    if (value == null) {
      return Optional.empty();
    }
    int length = value.codePointCount(0, value.length());
    if (length > options.maxValueLength()) {
      scope.error(
          ClinicalFaultKind.VALUE_TOO_LONG,
          cursor.position(),
          "The Value of "
              + element
              + " has "
              + length
              + " characters; at most "
              + options.maxValueLength()
              + " are accepted.");
    }
    return Optional.of(value);
  }

  private boolean isNull(Scope scope, String element, Optional<String> value) {
    String isNull = cursor.attribute("IsNull");
    if (isNull == null) {
      return false;
    }
    if (!"Yes".equals(isNull)) {
      scope.error(
          ClinicalFaultKind.INVALID_VALUE,
          cursor.position(),
          element + " has IsNull=\"" + isNull + "\"; ODM 1.3.2 allows only Yes, or no IsNull.");
      return false;
    }
    if (value.filter(v -> !v.isEmpty()).isPresent()) {
      scope.error(
          ClinicalFaultKind.INVALID_VALUE,
          cursor.position(),
          element + " has IsNull=\"Yes\" and a Value; an item is either null or has a value.");
      return false;
    }
    return true;
  }

  /** Counts a kept item group or item; beyond the limit the form is refused. */
  private void keep(Scope scope, SourcePosition at) {
    kept++;
    if (kept == options.maxItemsPerForm() + 1) {
      scope.error(
          ClinicalFaultKind.TOO_MANY_ITEMS,
          at,
          "The form has more than "
              + options.maxItemsPerForm()
              + " item groups and items together; it is refused and the rest of it is not kept.");
    }
  }

  /**
   * Whether what is read is still kept: not once the form has a fault (it will be refused) or has
   * passed the limit, so that memory stays bounded by the limit.
   */
  private boolean keeping(Scope scope) {
    return scope.errorCount() == 0 && kept <= options.maxItemsPerForm();
  }

  /** ItemData or one of the typed ItemData elements (ItemDataString…). */
  private boolean isItemData() {
    return OdmNames.ODM.equals(cursor.namespace()) && cursor.localName().startsWith("ItemData");
  }

  private void itemOutsideGroup(Scope scope, String form) throws StopReading {
    scope.error(
        ClinicalFaultKind.MISPLACED_CONTENT,
        cursor.position(),
        cursor.localName()
            + " "
            + String.valueOf(cursor.attribute("ItemOID"))
            + " is directly inside "
            + form
            + "; ODM 1.3.2 puts every item inside an ItemGroupData.");
    cursor.skipElement();
  }

  private void typedItem(Scope scope, String group) throws StopReading {
    scope.error(
        ClinicalFaultKind.MISPLACED_CONTENT,
        cursor.position(),
        cursor.localName()
            + " "
            + String.valueOf(cursor.attribute("ItemOID"))
            + " in "
            + group
            + " is a typed ItemData element, which the platform does not accept; send ItemData"
            + " with a Value attribute.");
    cursor.skipElement();
  }
}
