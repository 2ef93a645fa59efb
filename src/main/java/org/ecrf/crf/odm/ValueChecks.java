package org.ecrf.crf.odm;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecrf.crf.domain.DataType;
import org.ecrf.crf.domain.OidKind;

/**
 * Values are written in their data types and units convert: coded values parse as their code list's
 * DataType and fit the Length of the items using them; an item's DataType matches its code list's;
 * CheckValues parse as the item's type (and are coded values of a choice item), with the right
 * number for their comparator; every further unit of an item converts to its standard (first) unit,
 * and a RangeCheck's unit is one of the item's.
 */
final class ValueChecks {

  private static final Set<String> ORDERING = Set.of("LT", "LE", "GT", "GE");
  private static final Set<String> SINGLE_VALUE = Set.of("LT", "LE", "GT", "GE", "EQ", "NE");

  private final OidIndex index;
  private final FaultCollector faults;

  private ValueChecks(OidIndex index, FaultCollector faults) {
    this.index = index;
    this.faults = faults;
  }

  static void check(OidIndex index, FaultCollector faults) {
    ValueChecks checks = new ValueChecks(index, faults);
    index.all(OidKind.CODE_LIST).forEach(list -> checks.checkCodeList(list.element()));
    index.all(OidKind.ITEM).forEach(item -> checks.checkItem(item.element()));
  }

  private void checkCodeList(OdmElement list) {
    Optional<DataType> type = DataType.fromOdm(list.attributeOrEmpty("DataType"));
    if (type.isEmpty()) {
      return;
    }
    for (OdmElement entry : codedEntries(list)) {
      String value = entry.attributeOrEmpty("CodedValue");
      if (!type.get().accepts(value)) {
        faults.error(
            FaultKind.DATA_TYPE,
            entry,
            "CodeList "
                + list.attributeOrEmpty("OID")
                + " has the coded value '"
                + value
                + "', which is not "
                + article(type.get())
                + ".");
      }
    }
  }

  private static List<OdmElement> codedEntries(OdmElement list) {
    return list.children().stream()
        .filter(e -> e.isOdm("CodeListItem") || e.isOdm("EnumeratedItem"))
        .toList();
  }

  private void checkItem(OdmElement item) {
    Optional<DataType> type = DataType.fromOdm(item.attributeOrEmpty("DataType"));
    if (type.isEmpty()) {
      return;
    }
    String oid = item.attributeOrEmpty("OID");
    Optional<OdmElement> codeList =
        item.child("CodeListRef")
            .flatMap(ref -> ref.attribute("CodeListOID"))
            .flatMap(clOid -> index.find(OidKind.CODE_LIST, clOid));
    codeList.ifPresent(list -> checkItemAgainstCodeList(item, oid, type.get(), list));
    List<String> units =
        item.children("MeasurementUnitRef").stream()
            .map(r -> r.attributeOrEmpty("MeasurementUnitOID"))
            .toList();
    checkUnits(item, oid, type.get(), units);
    for (OdmElement check : item.children("RangeCheck")) {
      checkRange(check, oid, type.get(), codeList, units);
    }
  }

  private void checkItemAgainstCodeList(
      OdmElement item, String oid, DataType type, OdmElement list) {
    Optional<DataType> listType = DataType.fromOdm(list.attributeOrEmpty("DataType"));
    if (listType.isPresent() && !compatible(type, listType.get())) {
      faults.error(
          FaultKind.DATA_TYPE,
          item.child("CodeListRef").orElse(item),
          "ItemDef "
              + oid
              + " has DataType "
              + type.odmName()
              + " but its CodeList "
              + list.attributeOrEmpty("OID")
              + " has DataType "
              + listType.get().odmName()
              + ".");
    }
    Optional<Integer> length = item.attribute("Length").flatMap(OdmValues::integer);
    if (length.isEmpty()) {
      return;
    }
    for (OdmElement entry : codedEntries(list)) {
      String value = entry.attributeOrEmpty("CodedValue");
      if (value.length() > length.get()) {
        faults.error(
            FaultKind.DATA_TYPE,
            item,
            "ItemDef "
                + oid
                + " has Length "
                + length.get()
                + " but its CodeList "
                + list.attributeOrEmpty("OID")
                + " has the longer coded value '"
                + value
                + "'.");
      }
    }
  }

  private static boolean compatible(DataType item, DataType list) {
    Set<DataType> textual = Set.of(DataType.TEXT, DataType.STRING);
    return item == list || textual.contains(item) && textual.contains(list);
  }

  private void checkUnits(OdmElement item, String oid, DataType type, List<String> units) {
    if (!units.isEmpty() && !type.isNumeric()) {
      faults.strictError(
          FaultKind.UNIT_CONVERSION,
          item,
          "ItemDef "
              + oid
              + " has units but DataType "
              + type.odmName()
              + "; units need a number.");
    }
    for (String unit : units.stream().skip(1).toList()) {
      boolean converts =
          index.find(OidKind.MEASUREMENT_UNIT, unit).stream()
              .flatMap(u -> u.edcChildren("Conversion").stream())
              .anyMatch(c -> c.attributeOrEmpty("ToUnitOID").equals(units.get(0)));
      if (!converts && index.contains(OidKind.MEASUREMENT_UNIT, unit)) {
        faults.strictError(
            FaultKind.UNIT_CONVERSION,
            item,
            "ItemDef "
                + oid
                + " accepts MeasurementUnit "
                + unit
                + ", which has no edc:Conversion to"
                + " the item's standard unit "
                + units.get(0)
                + ".");
      }
    }
  }

  private void checkRange(
      OdmElement check,
      String oid,
      DataType type,
      Optional<OdmElement> codeList,
      List<String> units) {
    String comparator = check.attributeOrEmpty("Comparator");
    List<OdmElement> values = check.children("CheckValue");
    String where = "RangeCheck of ItemDef " + oid;
    if (!values.isEmpty()) {
      checkComparator(check, where, comparator, values.size(), type);
    }
    for (OdmElement value : values) {
      String text = value.text().strip();
      if (!type.accepts(text)) {
        faults.error(
            FaultKind.DATA_TYPE,
            value,
            where + ": CheckValue '" + text + "' is not " + article(type) + ".");
      } else if (codeList.isPresent()
          && codedEntries(codeList.get()).stream()
              .noneMatch(e -> e.attributeOrEmpty("CodedValue").equals(text))) {
        faults.error(
            FaultKind.DATA_TYPE,
            value,
            where
                + ": CheckValue '"
                + text
                + "' is not a coded value of CodeList "
                + codeList.get().attributeOrEmpty("OID")
                + ".");
      }
    }
    check
        .child("MeasurementUnitRef")
        .map(ref -> ref.attributeOrEmpty("MeasurementUnitOID"))
        .filter(unit -> !units.contains(unit))
        .ifPresent(
            unit ->
                faults.error(
                    FaultKind.UNIT_CONVERSION,
                    check,
                    where
                        + " is in MeasurementUnit "
                        + unit
                        + ", which is not one of the item's units"
                        + (units.isEmpty()
                            ? " (it has none)."
                            : " (" + String.join(", ", units) + ").")));
  }

  private void checkComparator(
      OdmElement check, String where, String comparator, int count, DataType type) {
    if (comparator.isEmpty()) {
      faults.error(FaultKind.DATA_TYPE, check, where + " has CheckValues but no Comparator.");
    } else if (SINGLE_VALUE.contains(comparator) && count != 1) {
      faults.error(
          FaultKind.DATA_TYPE,
          check,
          where
              + " compares with "
              + comparator
              + " and needs exactly one CheckValue, not "
              + count
              + ".");
    } else if (ORDERING.contains(comparator) && !orderable(type)) {
      faults.error(
          FaultKind.DATA_TYPE,
          check,
          where
              + " uses "
              + comparator
              + " on DataType "
              + type.odmName()
              + ", which has no order.");
    }
  }

  private static boolean orderable(DataType type) {
    return type.isNumeric()
        || Set.of(
                DataType.DATE,
                DataType.TIME,
                DataType.DATETIME,
                DataType.PARTIAL_DATE,
                DataType.PARTIAL_TIME,
                DataType.PARTIAL_DATETIME)
            .contains(type);
  }

  private static String article(DataType type) {
    String name = type.odmName();
    return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }
}
