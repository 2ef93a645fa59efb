package org.ecrf.crf.odm;

import static org.ecrf.crf.odm.OdmValues.aliases;
import static org.ecrf.crf.odm.OdmValues.decimal;
import static org.ecrf.crf.odm.OdmValues.formalExpressions;
import static org.ecrf.crf.odm.OdmValues.integer;
import static org.ecrf.crf.odm.OdmValues.orderNumber;
import static org.ecrf.crf.odm.OdmValues.translations;
import static org.ecrf.crf.odm.OdmValues.yes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.ecrf.crf.domain.AlgorithmOutput;
import org.ecrf.crf.domain.AlgorithmReference;
import org.ecrf.crf.domain.CodeList;
import org.ecrf.crf.domain.CodeListItem;
import org.ecrf.crf.domain.ConditionDef;
import org.ecrf.crf.domain.DataType;
import org.ecrf.crf.domain.FormDef;
import org.ecrf.crf.domain.InputControl;
import org.ecrf.crf.domain.ItemDef;
import org.ecrf.crf.domain.ItemGroupDef;
import org.ecrf.crf.domain.ItemGroupRef;
import org.ecrf.crf.domain.ItemPresentation;
import org.ecrf.crf.domain.ItemRef;
import org.ecrf.crf.domain.LocalizedText;
import org.ecrf.crf.domain.MeasurementUnit;
import org.ecrf.crf.domain.MethodDef;
import org.ecrf.crf.domain.RangeCheck;
import org.ecrf.crf.domain.RangeComparator;
import org.ecrf.crf.domain.SdvPlan;
import org.ecrf.crf.domain.SectionLayout;
import org.ecrf.crf.domain.SoftHard;
import org.ecrf.crf.domain.UnitConversion;
import org.ecrf.crf.domain.ValueDomain;
import org.ecrf.crf.domain.ValueFormat;

/**
 * Maps the CRF metadata of a validated MetaDataVersion (forms, item groups, items, code lists,
 * units, conditions, methods) to the domain model. It relies on the file having passed the schema
 * and the reference checks.
 */
final class MetadataMapper {

  private MetadataMapper() {}

  static FormDef form(OdmElement form) {
    List<OdmElement> refs = form.children("ItemGroupRef");
    List<ItemGroupRef> groups = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      OdmElement ref = refs.get(i);
      groups.add(
          new ItemGroupRef(
              ref.attributeOrEmpty("ItemGroupOID"),
              orderNumber(ref, i),
              yes(ref.attribute("Mandatory")),
              ref.attribute("CollectionExceptionConditionOID")));
    }
    groups.sort(Comparator.comparingInt(ItemGroupRef::orderNumber));
    SdvPlan plan = form.edcAttribute("SdvPlan").map(SdvPlan::valueOf).orElse(SdvPlan.ALL);
    return new FormDef(
        form.attributeOrEmpty("OID"),
        form.attributeOrEmpty("Name"),
        yes(form.attribute("Repeating")),
        translations(form.child("Description")),
        groups,
        plan);
  }

  static ItemGroupDef itemGroup(OdmElement group) {
    List<OdmElement> refs = group.children("ItemRef");
    List<ItemRef> items = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      OdmElement ref = refs.get(i);
      items.add(
          new ItemRef(
              ref.attributeOrEmpty("ItemOID"),
              orderNumber(ref, i),
              yes(ref.attribute("Mandatory")),
              ref.attribute("CollectionExceptionConditionOID"),
              ref.attribute("MethodOID"),
              yes(ref.edcAttribute("Critical"))));
    }
    items.sort(Comparator.comparingInt(ItemRef::orderNumber));
    LocalizedText title = translations(group.edcChild("SectionTitle"));
    if (title.isEmpty()) {
      title = translations(group.child("Description"));
    }
    if (title.isEmpty()) {
      title = LocalizedText.of(LocalizedText.NO_LANGUAGE, group.attributeOrEmpty("Name"));
    }
    int columns = group.edcAttribute("Columns").flatMap(OdmValues::integer).orElse(1);
    return new ItemGroupDef(
        group.attributeOrEmpty("OID"),
        group.attributeOrEmpty("Name"),
        yes(group.attribute("Repeating")),
        group.attributeOrEmpty("Domain"),
        items,
        new SectionLayout(title, translations(group.edcChild("SectionIntro")), columns));
  }

  static ItemDef item(OdmElement item) {
    ValueFormat format =
        new ValueFormat(
            dataType(item.attributeOrEmpty("DataType")),
            optionalInt(item.attribute("Length")),
            optionalInt(item.attribute("SignificantDigits")));
    ValueDomain domain =
        new ValueDomain(
            item.child("CodeListRef").flatMap(ref -> ref.attribute("CodeListOID")),
            item.children("MeasurementUnitRef").stream()
                .map(ref -> ref.attributeOrEmpty("MeasurementUnitOID"))
                .toList(),
            item.children("RangeCheck").stream().map(MetadataMapper::rangeCheck).toList());
    ItemPresentation presentation =
        new ItemPresentation(
            translations(item.child("Question")),
            translations(item.child("Description")),
            translations(item.edcChild("Help")),
            item.edcAttribute("Control").map(InputControl::valueOf));
    return new ItemDef(
        item.attributeOrEmpty("OID"),
        item.attributeOrEmpty("Name"),
        format,
        domain,
        presentation,
        aliases(item));
  }

  private static RangeCheck rangeCheck(OdmElement check) {
    return new RangeCheck(
        check.attribute("Comparator").map(RangeComparator::valueOf),
        "Hard".equals(check.attributeOrEmpty("SoftHard")) ? SoftHard.HARD : SoftHard.SOFT,
        check.children("CheckValue").stream().map(value -> value.text().strip()).toList(),
        formalExpressions(check),
        check.child("MeasurementUnitRef").flatMap(ref -> ref.attribute("MeasurementUnitOID")),
        translations(check.child("ErrorMessage")));
  }

  static CodeList codeList(OdmElement list) {
    List<CodeListItem> items = new ArrayList<>();
    for (OdmElement entry : list.children()) {
      if (entry.isOdm("CodeListItem") || entry.isOdm("EnumeratedItem")) {
        items.add(
            new CodeListItem(
                entry.attributeOrEmpty("CodedValue"),
                translations(entry.child("Decode")),
                aliases(entry)));
      }
    }
    return new CodeList(
        list.attributeOrEmpty("OID"),
        list.attributeOrEmpty("Name"),
        dataType(list.attributeOrEmpty("DataType")),
        items,
        aliases(list));
  }

  static MeasurementUnit unit(OdmElement unit) {
    List<UnitConversion> conversions = new ArrayList<>();
    for (OdmElement conversion : unit.edcChildren("Conversion")) {
      BigDecimal factor = decimal(conversion.attributeOrEmpty("Factor")).orElse(BigDecimal.ONE);
      conversions.add(new UnitConversion(conversion.attributeOrEmpty("ToUnitOID"), factor));
    }
    return new MeasurementUnit(
        unit.attributeOrEmpty("OID"),
        unit.attributeOrEmpty("Name"),
        translations(unit.child("Symbol")),
        conversions,
        aliases(unit));
  }

  static ConditionDef condition(OdmElement condition) {
    return new ConditionDef(
        condition.attributeOrEmpty("OID"),
        condition.attributeOrEmpty("Name"),
        translations(condition.child("Description")),
        formalExpressions(condition));
  }

  static MethodDef method(OdmElement method) {
    Optional<AlgorithmOutput> algorithm =
        method
            .edcAttribute("Algorithm")
            .flatMap(AlgorithmReference::parse)
            .map(ref -> new AlgorithmOutput(ref, method.edcAttribute("Output").orElse("")));
    return new MethodDef(
        method.attributeOrEmpty("OID"),
        method.attributeOrEmpty("Name"),
        method.attributeOrEmpty("Type"),
        translations(method.child("Description")),
        formalExpressions(method),
        algorithm);
  }

  private static DataType dataType(String odmName) {
    return DataType.fromOdm(odmName)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown data type " + odmName.toLowerCase(Locale.ROOT)));
  }

  private static OptionalInt optionalInt(Optional<String> value) {
    return value.flatMap(text -> integer(text)).map(OptionalInt::of).orElse(OptionalInt.empty());
  }
}
